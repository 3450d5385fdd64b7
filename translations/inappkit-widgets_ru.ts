<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>InAppKit::AccountWidget</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Log in to your broker account</source>
        <translation>Войти в счёт у брокера</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>&amp;Регистрация</translation>
    </message>
    <message>
        <source>Open an account with the broker</source>
        <translation>Открыть счёт у брокера</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Log out and forget the saved login</source>
        <translation>Выйти и забыть сохранённый вход</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Счёт:</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>Broker account</source>
        <translation>Счёт у брокера</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Восстановление сеанса…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Выполняется выход…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaChildWindow</name>
    <message>
        <source>%1 pop-up window</source>
        <translation>Всплывающее окно %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Страница с %1</translation>
    </message>
    <message>
        <source>Blank page, not from %1</source>
        <translation>Пустая страница, не от %1</translation>
    </message>
    <message>
        <source>Blank page — not from %1</source>
        <translation>Пустая страница — не от %1</translation>
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
        <translation>Сначала войдите.</translation>
    </message>
    <message>
        <source>This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser.</source>
        <translation>Эту ссылку нельзя открыть: в браузер передаются только веб-адреса, адреса эл. почты и телефоны без токена входа.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaView</name>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 не ответил вовремя. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>Загрузки в этом окне недоступны.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back to the previous page, or leave this screen</source>
        <translation>Вернуться на предыдущую страницу или закрыть этот экран</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Leave this screen</source>
        <translation>Закрыть этот экран</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Заголовок экрана</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Запретить</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>%1 screen</source>
        <translation>Экран %1</translation>
    </message>
    <message>
        <source>Broker page</source>
        <translation>Страница брокера</translation>
    </message>
    <message>
        <source>The page stopped working. Retry to load it again.</source>
        <translation>Страница перестала работать. Повторите, чтобы загрузить её снова.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 открыт в браузере.</translation>
    </message>
    <message>
        <source>%1 finished the sign-in without a sign-in token. Try again.</source>
        <translation>%1 завершил вход без токена входа. Повторите попытку.</translation>
    </message>
    <message>
        <source>%1 sent an unusable sign-in token. Try again.</source>
        <translation>%1 прислал непригодный токен входа. Повторите попытку.</translation>
    </message>
    <message>
        <source>%1 reported a problem: %2</source>
        <translation>%1 сообщает о проблеме: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a moment.</source>
        <translation>%1 ответил ошибкой (HTTP %2). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>Соединение с %1 небезопасно: сертификат отклонён.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check your connection and try again.</source>
        <translation>%1 недоступен. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>ваш микрофон</translation>
    </message>
    <message>
        <source>your camera</source>
        <translation>вашу камеру</translation>
    </message>
    <message>
        <source>your camera and microphone</source>
        <translation>вашу камеру и микрофон</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>ваше местоположение</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <translation>уведомления на рабочем столе</translation>
    </message>
    <message>
        <source>your screen</source>
        <translation>ваш экран</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>%1 wants to use %2.</source>
        <translation>%1 запрашивает доступ: %2.</translation>
    </message>
    <message>
        <source>%1 has no login screen.</source>
        <translation>У %1 нет экрана входа.</translation>
    </message>
    <message>
        <source>A pop-up window from %1 was blocked.</source>
        <translation>Всплывающее окно с %1 заблокировано.</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Страница с %1</translation>
    </message>
    <message>
        <source>This page is from %1, not from %2.</source>
        <translation>Эта страница с %1, а не с %2.</translation>
    </message>
    <message>
        <source>This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any program on this computer could read it. Restart the application without it.</source>
        <translation>Этот экран не открывается, пока включена веб-отладка (QTWEBENGINE_REMOTE_DEBUGGING): любая программа на этом компьютере могла бы его прочитать. Перезапустите приложение без неё.</translation>
    </message>
    <message>
        <source>No broker is set for this screen.</source>
        <translation>Для этого экрана не задан брокер.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, or ask your network administrator.</source>
        <translation>Прокси %1 требует имя пользователя и пароль для доступа к %2, но не получил их. Нажмите «Повторить», чтобы ввести их, или обратитесь к администратору сети.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the page through: it may not have accepted the user name and password. Retry to enter them again, or ask your network administrator.</source>
        <translation>Прокси %1 не пропустил страницу: возможно, он не принял имя пользователя и пароль. Нажмите «Повторить», чтобы ввести их снова, или обратитесь к администратору сети.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>%1 недоступен через прокси %2. Проверьте подключение или настройки прокси и повторите попытку.</translation>
    </message>
    <message>
        <source>This page is not one of %1&apos;s screens.</source>
        <translation>Эта страница не относится к экранам %1.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppControlsBar</name>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <source>Log in to use this</source>
        <translation>Войдите, чтобы воспользоваться</translation>
    </message>
    <message>
        <source>Select a trading account to use this</source>
        <translation>Выберите торговый счёт, чтобы воспользоваться</translation>
    </message>
    <message>
        <source>Broker actions</source>
        <translation>Действия брокера</translation>
    </message>
</context>
<context>
    <name>InAppKit::JavaScriptDialog</name>
    <message>
        <source>%1 says</source>
        <translation>%1 сообщает</translation>
    </message>
</context>
<context>
    <name>InAppKit::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Вход на прокси</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>Прокси %1 не принял имя пользователя и пароль. Введите их снова.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>Прокси %1 требует имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The proxy says: %1</source>
        <translation>Прокси сообщает: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Запомнить в связке ключей</translation>
    </message>
    <message>
        <source>Without it, they are kept until the application closes, for this proxy only.</source>
        <translation>Без этого они хранятся до закрытия приложения и только для этого прокси.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>InAppKit::RibbonBar</name>
    <message>
        <source>Opens the broker&apos;s page</source>
        <translation>Открывает страницу брокера</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>Открывается в браузере</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Close message: %1</source>
        <translation>Закрыть сообщение: %1</translation>
    </message>
    <message>
        <source>Broker messages</source>
        <translation>Сообщения брокера</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Сообщение от %1: %2</translation>
    </message>
</context>
</TS>
