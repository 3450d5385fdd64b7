<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>InAppKit::HttpSessionBackend</name>
    <message>
        <source>The broker profile names no session service.</source>
        <translation>В профиле брокера не указан сервис сеансов.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Вы не вошли.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>Соединение с %1 небезопасно: сертификат отклонён.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 недоступен.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in.</source>
        <translation>%1 не принял вход.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired.</source>
        <translation>Вход занял слишком много времени и истёк.</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>У %1 возникла проблема (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer InAppKit does not understand.</source>
        <translation>%1 прислал ответ, который InAppKit не понимает.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Try again to enter them, or ask your network administrator.</source>
        <translation>Прокси %1 требует имя пользователя и пароль для доступа к %2, но не получил их. Повторите попытку, чтобы ввести их, или обратитесь к администратору сети.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>%1 недоступен через прокси %2. Проверьте подключение или настройки прокси и повторите попытку.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the connection through: it may not have accepted the user name and password. Try again to enter them, or ask your network administrator.</source>
        <translation>Прокси %1 не пропустил соединение: возможно, он не принял имя пользователя и пароль. Повторите попытку, чтобы ввести их, или обратитесь к администратору сети.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppAction</name>
    <message>
        <source>Deposit</source>
        <translation>Пополнить</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Вывести</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Подтвердить личность</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Open new account</source>
        <translation>Открыть счёт</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>Сменить эл. почту</translation>
    </message>
    <message>
        <source>Add money to the selected trading account</source>
        <translation>Пополнить выбранный торговый счёт</translation>
    </message>
    <message>
        <source>Take money out of the selected trading account</source>
        <translation>Вывести деньги с выбранного торгового счёта</translation>
    </message>
    <message>
        <source>Verify your identity with the broker</source>
        <translation>Подтвердить личность у брокера</translation>
    </message>
    <message>
        <source>Chat with the broker&apos;s support</source>
        <translation>Написать в поддержку брокера</translation>
    </message>
    <message>
        <source>Open a new trading account</source>
        <translation>Открыть новый торговый счёт</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Изменить пароль</translation>
    </message>
    <message>
        <source>Change your e-mail address</source>
        <translation>Изменить адрес эл. почты</translation>
    </message>
</context>
<context>
    <name>InAppKit::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Доступ к связке ключей запрещён.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>В этой системе нет связки ключей.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Связку ключей нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted.</source>
        <translation>Не удалось удалить запись из связки ключей.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Секрет слишком велик для связки ключей.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ScreenUrlBuilder</name>
    <message>
        <source>The broker offers no action &apos;%1&apos;.</source>
        <translation>Брокер не предлагает действие «%1».</translation>
    </message>
    <message>
        <source>No one-time token was issued for this action.</source>
        <translation>Для этого действия не выдан одноразовый токен.</translation>
    </message>
    <message>
        <source>Select a trading account first: this action needs one.</source>
        <translation>Сначала выберите торговый счёт: он нужен для этого действия.</translation>
    </message>
</context>
<context>
    <name>InAppKit::SsoSession</name>
    <message>
        <source>Your saved login could not be read from the keychain: %1</source>
        <translation>Не удалось прочитать сохранённый вход из связки ключей: %1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Сохранённый вход устарел. Войдите снова.</translation>
    </message>
    <message>
        <source>You will have to log in next time: no keychain is available.</source>
        <translation>В следующий раз придётся войти снова: связка ключей недоступна.</translation>
    </message>
    <message>
        <source>You will have to log in next time: %1</source>
        <translation>В следующий раз придётся войти снова: %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <source>%1 ended your session. Please log in again.</source>
        <translation>%1 завершил ваш сеанс. Войдите снова.</translation>
    </message>
    <message>
        <source>You are already logged in; the new login was not used.</source>
        <translation>Вы уже вошли; новый вход не использован.</translation>
    </message>
    <message>
        <source>A login arrived while another was in progress; it was not used.</source>
        <translation>Вход пришёл во время другого входа и не был использован.</translation>
    </message>
    <message>
        <source>Your saved login is from an earlier version that did not record the broker&apos;s server, so it was removed. Please log in again.</source>
        <translation>Ваш сохранённый вход создан более ранней версией, которая не записывала сервер брокера, поэтому он удалён. Войдите снова.</translation>
    </message>
</context>
</TS>
