// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";

/// @dev An account (a contract) that makes any call as itself, e.g. {MockReentrantActor}.
interface IActingAccount {
    function act(address to, bytes calldata data) external returns (bytes memory result);
}

/// @notice The v1 farming rig of the audit's High finding: in one transaction, `loops` times,
/// a renter account rents a listing now, (optionally) confirms the asset, returns it at once,
/// and (optionally) the provider account waives the inspection and releases the deposit.
contract MockFarmLoop {
    /// @notice Runs the loop; returns the rental ids it made.
    /// @param providerBot The provider (or payee) releasing each deposit at once; zero to leave
    /// the deposits in inspection.
    function farm(
        IPledgeEscrow escrow,
        IActingAccount renterBot,
        IActingAccount providerBot,
        uint256 listingId,
        uint64 duration,
        uint256 loops,
        bool confirm
    ) external returns (uint256[] memory ids) {
        ids = new uint256[](loops);
        for (uint256 i = 0; i < loops; ++i) {
            bytes32 hash = escrow.termsHash(listingId);
            uint256 id = abi.decode(
                renterBot.act(address(escrow), abi.encodeCall(escrow.rent, (listingId, 0, duration, hash, address(0)))),
                (uint256)
            );
            if (confirm) renterBot.act(address(escrow), abi.encodeCall(escrow.confirmAsset, (id)));
            renterBot.act(address(escrow), abi.encodeCall(escrow.endRental, (id)));
            if (address(providerBot) != address(0)) {
                providerBot.act(address(escrow), abi.encodeCall(escrow.releaseDeposit, (id)));
            }
            ids[i] = id;
        }
    }
}
