<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InAppKit::HttpSessionBackend</name>
    <message>
        <source>The broker profile names no session service.</source>
        <translation>经纪商配置未指定会话服务。</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>与 %1 的连接不安全：其证书被拒绝。</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>无法访问 %1。</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in.</source>
        <translation>%1 未接受此次登录。</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired.</source>
        <translation>登录耗时过长，已过期。</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>%1 出现问题（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 sent an answer InAppKit does not understand.</source>
        <translation>%1 发送了 InAppKit 无法理解的响应。</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Try again to enter them, or ask your network administrator.</source>
        <translation>代理 %1 需要用户名和密码才能访问 %2，但未收到。请重试以输入，或联系您的网络管理员。</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>无法通过代理 %2 访问 %1。请检查您的连接或代理设置，然后重试。</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the connection through: it may not have accepted the user name and password. Try again to enter them, or ask your network administrator.</source>
        <translation>代理 %1 未放行该连接：它可能未接受用户名和密码。请重试以重新输入，或联系您的网络管理员。</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppAction</name>
    <message>
        <source>Deposit</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>验证身份</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Open new account</source>
        <translation>开设新账户</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>更改邮箱</translation>
    </message>
    <message>
        <source>Add money to the selected trading account</source>
        <translation>向所选交易账户入金</translation>
    </message>
    <message>
        <source>Take money out of the selected trading account</source>
        <translation>从所选交易账户出金</translation>
    </message>
    <message>
        <source>Verify your identity with the broker</source>
        <translation>向经纪商验证您的身份</translation>
    </message>
    <message>
        <source>Chat with the broker&apos;s support</source>
        <translation>与经纪商客服聊天</translation>
    </message>
    <message>
        <source>Open a new trading account</source>
        <translation>开设新的交易账户</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>更改您的密码</translation>
    </message>
    <message>
        <source>Change your e-mail address</source>
        <translation>更改您的电子邮件地址</translation>
    </message>
</context>
<context>
    <name>InAppKit::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored.</source>
        <translation>未存储任何内容。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>此系统上没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>无法使用钥匙串：%1</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted.</source>
        <translation>无法删除钥匙串条目。</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>该机密对钥匙串来说太大。</translation>
    </message>
</context>
<context>
    <name>InAppKit::ScreenUrlBuilder</name>
    <message>
        <source>The broker offers no action &apos;%1&apos;.</source>
        <translation>经纪商未提供操作“%1”。</translation>
    </message>
    <message>
        <source>No one-time token was issued for this action.</source>
        <translation>未为此操作签发一次性令牌。</translation>
    </message>
    <message>
        <source>Select a trading account first: this action needs one.</source>
        <translation>请先选择交易账户：此操作需要账户。</translation>
    </message>
</context>
<context>
    <name>InAppKit::SsoSession</name>
    <message>
        <source>Your saved login could not be read from the keychain: %1</source>
        <translation>无法从钥匙串读取已保存的登录：%1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>已保存的登录已过期。请重新登录。</translation>
    </message>
    <message>
        <source>You will have to log in next time: no keychain is available.</source>
        <translation>下次您需要重新登录：没有可用的钥匙串。</translation>
    </message>
    <message>
        <source>You will have to log in next time: %1</source>
        <translation>下次您需要重新登录：%1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>%1 ended your session. Please log in again.</source>
        <translation>%1 已结束您的会话。请重新登录。</translation>
    </message>
    <message>
        <source>You are already logged in; the new login was not used.</source>
        <translation>您已登录；新的登录未被使用。</translation>
    </message>
    <message>
        <source>A login arrived while another was in progress; it was not used.</source>
        <translation>在另一次登录进行时收到了新的登录；它未被使用。</translation>
    </message>
    <message>
        <source>Your saved login is from an earlier version that did not record the broker&apos;s server, so it was removed. Please log in again.</source>
        <translation>您保存的登录来自未记录经纪商服务器的早期版本，因此已被删除。请重新登录。</translation>
    </message>
</context>
</TS>
