<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Выход выполнен.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>%1 Use Log in, or restart to try again.</source>
        <translation>%1 Войдите или перезапустите программу, чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>Logged out here; the broker was not told: %1</source>
        <translation>Выход выполнен здесь; брокер не уведомлён: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>InAppKit demo — %1</source>
        <translation>Демо InAppKit — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>&amp;Брокер</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Бид</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Аск</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Котировки</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Баланс: %1 %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InAppKit demo: a trading shell on a broker&apos;s client area.</source>
        <translation>Демо InAppKit: торговая оболочка с личным кабинетом брокера.</translation>
    </message>
    <message>
        <source>Validate the broker profile &lt;file&gt;, print the result and exit.</source>
        <translation>Проверить профиль брокера &lt;file&gt;, вывести результат и выйти.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Use the broker profile &lt;file&gt; instead of the built-in sandbox broker.</source>
        <translation>Использовать профиль брокера &lt;file&gt; вместо встроенного тестового брокера.</translation>
    </message>
    <message>
        <source>Language of the user interface and of the broker&apos;s screens (en, de, es, ru, zh, ar).</source>
        <translation>Язык интерфейса и экранов брокера (en, de, es, ru, zh, ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>Цветовая тема: light или dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Fund your account today: deposits are free this month</source>
        <translation>Пополните счёт сегодня: в этом месяце без комиссии</translation>
    </message>
    <message>
        <source>Sandbox broker: log in as demo@example.com, password demo1234</source>
        <translation>Тестовый брокер: вход demo@example.com, пароль demo1234</translation>
    </message>
    <message>
        <source>Partner id the sign-up is attributed to (cTrader Invite).</source>
        <translation>ID партнёра, которому засчитывается регистрация (cTrader Invite).</translation>
    </message>
    <message>
        <source>Campaign source (utm_source) for the login and sign-up screens.</source>
        <translation>Источник кампании (utm_source) для экранов входа и регистрации.</translation>
    </message>
    <message>
        <source>Campaign medium (utm_medium).</source>
        <translation>Канал кампании (utm_medium).</translation>
    </message>
    <message>
        <source>Campaign name (utm_campaign).</source>
        <translation>Название кампании (utm_campaign).</translation>
    </message>
    <message>
        <source>Campaign term (utm_term).</source>
        <translation>Ключевое слово кампании (utm_term).</translation>
    </message>
    <message>
        <source>Campaign content (utm_content).</source>
        <translation>Содержание кампании (utm_content).</translation>
    </message>
    <message>
        <source>Advertising click id (gclid).</source>
        <translation>ID рекламного клика (gclid).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only).</source>
        <translation>Открывать экраны брокера даже при заданной QTWEBENGINE_REMOTE_DEBUGGING (только отладочные сборки).</translation>
    </message>
</context>
</TS>
