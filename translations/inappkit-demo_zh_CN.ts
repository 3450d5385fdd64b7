<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>%1 Use Log in, or restart to try again.</source>
        <translation>%1 请登录，或重新启动以重试。</translation>
    </message>
    <message>
        <source>Logged out here; the broker was not told: %1</source>
        <translation>已在此处退出；未能通知经纪商：%1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <source>InAppKit demo — %1</source>
        <translation>InAppKit 演示 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>经纪商(&amp;B)</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>余额：%1 %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InAppKit demo: a trading shell on a broker&apos;s client area.</source>
        <translation>InAppKit 演示：连接经纪商客户区的交易外壳。</translation>
    </message>
    <message>
        <source>Validate the broker profile &lt;file&gt;, print the result and exit.</source>
        <translation>校验经纪商配置 &lt;file&gt;，输出结果后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use the broker profile &lt;file&gt; instead of the built-in sandbox broker.</source>
        <translation>使用经纪商配置 &lt;file&gt;，而不是内置的沙盒经纪商。</translation>
    </message>
    <message>
        <source>Language of the user interface and of the broker&apos;s screens (en, de, es, ru, zh, ar).</source>
        <translation>界面和经纪商页面的语言（en、de、es、ru、zh、ar）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>配色主题：light 或 dark。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Fund your account today: deposits are free this month</source>
        <translation>今天就为账户入金：本月入金免费</translation>
    </message>
    <message>
        <source>Sandbox broker: log in as demo@example.com, password demo1234</source>
        <translation>沙盒经纪商：以 demo@example.com 登录，密码 demo1234</translation>
    </message>
    <message>
        <source>Partner id the sign-up is attributed to (cTrader Invite).</source>
        <translation>注册归属的合作伙伴 ID（cTrader Invite）。</translation>
    </message>
    <message>
        <source>Campaign source (utm_source) for the login and sign-up screens.</source>
        <translation>登录和注册页面的活动来源（utm_source）。</translation>
    </message>
    <message>
        <source>Campaign medium (utm_medium).</source>
        <translation>活动媒介（utm_medium）。</translation>
    </message>
    <message>
        <source>Campaign name (utm_campaign).</source>
        <translation>活动名称（utm_campaign）。</translation>
    </message>
    <message>
        <source>Campaign term (utm_term).</source>
        <translation>活动关键词（utm_term）。</translation>
    </message>
    <message>
        <source>Campaign content (utm_content).</source>
        <translation>活动内容（utm_content）。</translation>
    </message>
    <message>
        <source>Advertising click id (gclid).</source>
        <translation>广告点击 ID（gclid）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only).</source>
        <translation>即使设置了 QTWEBENGINE_REMOTE_DEBUGGING 也打开经纪商页面（仅限调试构建）。</translation>
    </message>
</context>
</TS>
