// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The immutable arguments of a split clone: its accounts and shares, packed as
/// `account (20 bytes) ‖ shareBps (2 bytes)` per entry, in creation order (22 bytes each, so
/// 44 bytes for two co-owners and 352 for sixteen).
///
/// Bits layout of one entry as it sits at the start of a 32-byte word:
/// - [96..255] account
/// - [80..95]  shareBps
/// - [0..79]   the next entry (ignored)
library SplitArgs {
    /// @notice Bytes per entry.
    uint256 internal constant ENTRY = 22;

    /// @notice Writes entry `i` into `args` (allocated as `n * ENTRY` bytes), in increasing `i`.
    /// @dev A word store also writes the 10 bytes after the entry: the next entry overwrites
    /// them, and after the last one they land in unallocated memory, which is scratch space.
    function write(bytes memory args, uint256 i, address account, uint16 shareBps) internal pure {
        // Solidity cannot store a 22-byte record into bytes without it.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(add(add(args, 0x20), mul(i, 22)), or(shl(96, account), shl(80, shareBps)))
        }
    }

    /// @notice Reads entry `i` of `args` (the caller keeps `i < args.length / ENTRY`).
    function read(bytes memory args, uint256 i) internal pure returns (address account, uint16 shareBps) {
        // nor slice memory bytes: one word load per entry.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let word := mload(add(add(args, 0x20), mul(i, 22)))
            account := shr(96, word)
            shareBps := and(shr(80, word), 0xffff)
        }
    }
}
