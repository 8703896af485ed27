// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IRewardToken} from "./interfaces/IRewardToken.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Sharechain Reward (SHR)
/// @notice ERC-20 with EIP-2612 permit and a supply cap. `MINTER_ROLE` (the escrow) mints
/// rewards; providers lock it as pledges.
contract RewardToken is IRewardToken, ERC20Capped, ERC20Permit, AccessControl {
    /// @notice Role allowed to {mint}.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param admin Receives `DEFAULT_ADMIN_ROLE`.
    /// @param supplyCap The most SHR that can ever exist, in base units.
    constructor(address admin, uint256 supplyCap)
        ERC20("Sharechain Reward", "SHR")
        ERC20Capped(supplyCap)
        ERC20Permit("Sharechain Reward")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IRewardToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @inheritdoc IRewardToken
    function cap() public view override(IRewardToken, ERC20Capped) returns (uint256) {
        return super.cap();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Capped) {
        super._update(from, to, value);
    }
}
