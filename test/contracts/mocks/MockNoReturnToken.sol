// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice A USDT-style token whose `transfer`, `transferFrom` and `approve` return nothing
/// (not even `true`) and revert on failure; a frozen account can neither send nor receive.
/// Minimal, not OpenZeppelin-based. Anyone may mint and freeze.
contract MockNoReturnToken {
    /// @notice Thrown when a transfer cannot happen (frozen account, balance or allowance short).
    error MockTransferFailed();

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    string public constant name = "Tether-like USD";
    string public constant symbol = "nUSD";
    uint8 public constant decimals = 6;
    uint256 public totalSupply;
    mapping(address account => uint256) public balanceOf;
    mapping(address owner => mapping(address spender => uint256)) public allowance;
    mapping(address account => bool) public frozen;

    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function setFrozen(address account, bool on) external {
        frozen[account] = on;
    }

    function approve(address spender, uint256 amount) external {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
    }

    function transfer(address to, uint256 amount) external {
        _move(msg.sender, to, amount);
    }

    function transferFrom(address from, address to, uint256 amount) external {
        if (allowance[from][msg.sender] < amount) revert MockTransferFailed();
        if (allowance[from][msg.sender] != type(uint256).max) allowance[from][msg.sender] -= amount;
        _move(from, to, amount);
    }

    function _move(address from, address to, uint256 amount) private {
        if (frozen[from] || frozen[to] || balanceOf[from] < amount) revert MockTransferFailed();
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }
}
