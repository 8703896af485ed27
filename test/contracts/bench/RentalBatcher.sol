// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {PaymentToken} from "../../../contracts/PaymentToken.sol";
import {IPledgeEscrow} from "../../../contracts/interfaces/IPledgeEscrow.sol";

/// @notice A renter for load tests (test/bench/apiload): it holds tUSD and, in one
/// transaction, rents and at once returns many listings through the real escrow, so a
/// chain gets a hundred thousand settled rentals from a few thousand transactions. Each
/// rental is ended before the next starts, so the tier's active-rental limit never binds.
/// Devnet only: anyone may call it and spend its tUSD.
contract RentalBatcher {
    IPledgeEscrow private immutable _escrow;

    /// @notice Mints `funds` tUSD of `token` to this contract and approves the escrow for all of it.
    constructor(IPledgeEscrow escrow, PaymentToken token, uint256 funds) {
        _escrow = escrow;
        token.mint(address(this), funds);
        token.approve(address(escrow), type(uint256).max);
    }

    /// @notice Rents each of `listingIds` for `duration` seconds and ends the rental at once.
    function rentAndEnd(uint256[] calldata listingIds, uint64 duration) external {
        for (uint256 i = 0; i < listingIds.length; ++i) {
            uint256 rentalId = _escrow.rent(listingIds[i], duration);
            _escrow.endRental(rentalId);
        }
    }
}
