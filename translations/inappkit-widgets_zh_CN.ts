<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InAppKit::AccountWidget</name>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Log in to your broker account</source>
        <translation>登录您的经纪商账户</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>注册(&amp;S)</translation>
    </message>
    <message>
        <source>Open an account with the broker</source>
        <translation>在经纪商处开户</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Log out and forget the saved login</source>
        <translation>退出并清除已保存的登录</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Broker account</source>
        <translation>经纪商账户</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>正在恢复会话…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>正在退出…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaChildWindow</name>
    <message>
        <source>%1 pop-up window</source>
        <translation>%1 弹出窗口</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>来自 %1 的页面</translation>
    </message>
    <message>
        <source>Blank page, not from %1</source>
        <translation>空白页面，并非来自 %1</translation>
    </message>
    <message>
        <source>Blank page — not from %1</source>
        <translation>空白页面 — 并非来自 %1</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaLauncher</name>
    <message>
        <source>Log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser.</source>
        <translation>无法打开此链接：只有不含登录令牌的网址、电子邮件地址和电话号码才会交给浏览器。</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaView</name>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 未及时响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>此窗口中不提供下载。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Go back to the previous page, or leave this screen</source>
        <translation>返回上一页，或离开此界面</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Leave this screen</source>
        <translation>离开此界面</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>界面标题</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>允许(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 screen</source>
        <translation>%1 界面</translation>
    </message>
    <message>
        <source>Broker page</source>
        <translation>经纪商页面</translation>
    </message>
    <message>
        <source>The page stopped working. Retry to load it again.</source>
        <translation>页面已停止工作。请重试以重新加载。</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>已在浏览器中打开 %1。</translation>
    </message>
    <message>
        <source>%1 finished the sign-in without a sign-in token. Try again.</source>
        <translation>%1 完成登录时未提供登录令牌。请重试。</translation>
    </message>
    <message>
        <source>%1 sent an unusable sign-in token. Try again.</source>
        <translation>%1 发送了无法使用的登录令牌。请重试。</translation>
    </message>
    <message>
        <source>%1 reported a problem: %2</source>
        <translation>%1 报告了问题：%2</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a moment.</source>
        <translation>%1 返回了错误（HTTP %2）。请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>与 %1 的连接不安全：其证书被拒绝。</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check your connection and try again.</source>
        <translation>无法访问 %1。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>您的麦克风</translation>
    </message>
    <message>
        <source>your camera</source>
        <translation>您的摄像头</translation>
    </message>
    <message>
        <source>your camera and microphone</source>
        <translation>您的摄像头和麦克风</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>您的位置</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>your screen</source>
        <translation>您的屏幕</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>某个设备</translation>
    </message>
    <message>
        <source>%1 wants to use %2.</source>
        <translation>%1 想要使用%2。</translation>
    </message>
    <message>
        <source>%1 has no login screen.</source>
        <translation>%1 没有登录界面。</translation>
    </message>
    <message>
        <source>A pop-up window from %1 was blocked.</source>
        <translation>已阻止来自 %1 的弹出窗口。</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>来自 %1 的页面</translation>
    </message>
    <message>
        <source>This page is from %1, not from %2.</source>
        <translation>此页面来自 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any program on this computer could read it. Restart the application without it.</source>
        <translation>网页调试已开启（QTWEBENGINE_REMOTE_DEBUGGING）时不会打开此界面：这台电脑上的任何程序都可能读取它。请在关闭该设置后重新启动应用程序。</translation>
    </message>
    <message>
        <source>No broker is set for this screen.</source>
        <translation>此界面未设置经纪商。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, or ask your network administrator.</source>
        <translation>代理 %1 需要用户名和密码才能访问 %2，但未收到。请点击“重试”输入，或联系您的网络管理员。</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the page through: it may not have accepted the user name and password. Retry to enter them again, or ask your network administrator.</source>
        <translation>代理 %1 未放行该页面：它可能未接受用户名和密码。请点击“重试”重新输入，或联系您的网络管理员。</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>无法通过代理 %2 访问 %1。请检查您的连接或代理设置，然后重试。</translation>
    </message>
    <message>
        <source>This page is not one of %1&apos;s screens.</source>
        <translation>此页面不是 %1 的界面之一。</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppControlsBar</name>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Log in to use this</source>
        <translation>登录后即可使用</translation>
    </message>
    <message>
        <source>Select a trading account to use this</source>
        <translation>选择交易账户后即可使用</translation>
    </message>
    <message>
        <source>Broker actions</source>
        <translation>经纪商操作</translation>
    </message>
</context>
<context>
    <name>InAppKit::JavaScriptDialog</name>
    <message>
        <source>%1 says</source>
        <translation>%1 显示</translation>
    </message>
</context>
<context>
    <name>InAppKit::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>代理登录</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>代理 %1 未接受该用户名和密码。请重新输入。</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>代理 %1 需要用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy says: %1</source>
        <translation>代理提示：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>保存到密钥链(&amp;R)</translation>
    </message>
    <message>
        <source>Without it, they are kept until the application closes, for this proxy only.</source>
        <translation>不勾选时，仅在应用程序关闭前为此代理保留。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>InAppKit::RibbonBar</name>
    <message>
        <source>Opens the broker&apos;s page</source>
        <translation>打开经纪商页面</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Close message: %1</source>
        <translation>关闭消息：%1</translation>
    </message>
    <message>
        <source>Broker messages</source>
        <translation>经纪商消息</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>来自 %1 的消息：%2</translation>
    </message>
</context>
</TS>
