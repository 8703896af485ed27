// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice The ERC-777 hooks a {MockHookToken} holder may register (ERC-1820 style).
interface ITokenHooks {
    /// @notice Called on the sender's hook before its balance moves.
    function tokensToSend(address from, address to, uint256 amount) external;
    /// @notice Called on the receiver's hook after its balance moved.
    function tokensReceived(address from, address to, uint256 amount) external;
}

/// @notice An ERC-777-style token: an account registers a hook contract, which is called
/// before every transfer out of the account (`tokensToSend`) and after every transfer into it
/// (`tokensReceived`). A hook can run arbitrary code — including calls back into the escrow —
/// in the middle of the escrow's transfer. Anyone may mint.
contract MockHookToken is ERC20 {
    mapping(address account => address hook) public hookOf;

    constructor() ERC20("Hook USD", "hUSD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Registers `hook` for the caller (zero removes it).
    function setHook(address hook) external {
        hookOf[msg.sender] = hook;
    }

    function _update(address from, address to, uint256 value) internal override {
        address sendHook = from == address(0) ? address(0) : hookOf[from];
        if (sendHook != address(0)) ITokenHooks(sendHook).tokensToSend(from, to, value);
        super._update(from, to, value);
        address receiveHook = to == address(0) ? address(0) : hookOf[to];
        if (receiveHook != address(0)) ITokenHooks(receiveHook).tokensReceived(from, to, value);
    }
}
