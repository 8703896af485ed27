// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";

/// @notice A renter for load tests (test/bench/apiload): it holds tUSD and, in one
/// transaction, rents many listings through the real escrow (protocol v2: now, no
/// platform, naming the terms hash the escrow shows at that moment) and returns each at
/// once, so a chain gets a hundred thousand rentals from a few thousand transactions. Each
/// rental is returned before the next starts, so the tier's rental limit never binds; a
/// returned rental stays open (in inspection, holding one of the token's 16 booking slots)
/// until `releaseRange` settles it once the inspection period has passed.
/// Devnet only: anyone may call it and spend its tUSD.
contract RentalBatcher {
    IPledgeEscrow private immutable _escrow;

    /// @notice Mints `funds` tUSD of `token` to this contract and approves the escrow for all of it.
    constructor(IPledgeEscrow escrow, PaymentToken token, uint256 funds) {
        _escrow = escrow;
        token.mint(address(this), funds);
        token.approve(address(escrow), type(uint256).max);
    }

    /// @notice Rents each of `listingIds` now for `duration` seconds and returns it at once.
    ///
    /// The escrow emits {Rented}, {CheckedIn} and {Returned} per rental (and the registry
    /// {LockSet} and {UpdateUser}); each rental is then in inspection until the escrow's
    /// `inspectionPeriod` has passed.
    function rentAndReturn(uint256[] calldata listingIds, uint64 duration) external {
        for (uint256 i = 0; i < listingIds.length; ++i) {
            uint256 listingId = listingIds[i];
            uint256 rentalId = _escrow.rent(listingId, 0, duration, _escrow.termsHash(listingId), address(0));
            _escrow.endRental(rentalId);
        }
    }

    /// @notice Releases the deposits of rentals `firstRentalId` .. `firstRentalId + count - 1`,
    /// as the keeper does: anyone may, once their inspection has ended.
    ///
    /// Requirements: every one is returned, undisputed, and past its inspection.
    function releaseRange(uint256 firstRentalId, uint256 count) external {
        for (uint256 id = firstRentalId; id < firstRentalId + count; ++id) {
            _escrow.releaseDeposit(id);
        }
    }
}
