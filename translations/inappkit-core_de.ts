<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>InAppKit::HttpSessionBackend</name>
    <message>
        <source>The broker profile names no session service.</source>
        <translation>Das Broker-Profil nennt keinen Sitzungsdienst.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher: Das Zertifikat wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in.</source>
        <translation>%1 hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired.</source>
        <translation>Die Anmeldung hat zu lange gedauert und ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>%1 hatte ein Problem (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer InAppKit does not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die InAppKit nicht versteht.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Try again to enter them, or ask your network administrator.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort, um %2 zu erreichen, und hat keine erhalten. Versuchen Sie es erneut, um sie einzugeben, oder wenden Sie sich an Ihre Netzwerkverwaltung.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar. Prüfen Sie Ihre Verbindung oder Ihre Proxy-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the connection through: it may not have accepted the user name and password. Try again to enter them, or ask your network administrator.</source>
        <translation>Der Proxy %1 hat die Verbindung nicht durchgelassen: Vielleicht hat er Benutzername und Passwort nicht angenommen. Versuchen Sie es erneut, um sie einzugeben, oder wenden Sie sich an Ihre Netzwerkverwaltung.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppAction</name>
    <message>
        <source>Deposit</source>
        <translation>Einzahlen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Identität bestätigen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Open new account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <source>Add money to the selected trading account</source>
        <translation>Geld auf das ausgewählte Handelskonto einzahlen</translation>
    </message>
    <message>
        <source>Take money out of the selected trading account</source>
        <translation>Geld vom ausgewählten Handelskonto auszahlen</translation>
    </message>
    <message>
        <source>Verify your identity with the broker</source>
        <translation>Ihre Identität beim Broker bestätigen</translation>
    </message>
    <message>
        <source>Chat with the broker&apos;s support</source>
        <translation>Mit dem Support des Brokers chatten</translation>
    </message>
    <message>
        <source>Open a new trading account</source>
        <translation>Ein neues Handelskonto eröffnen</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>Change your e-mail address</source>
        <translation>Ihre E-Mail-Adresse ändern</translation>
    </message>
</context>
<context>
    <name>InAppKit::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored.</source>
        <translation>Nichts gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted.</source>
        <translation>Der Schlüsselbund-Eintrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>Das Geheimnis ist zu groß für den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ScreenUrlBuilder</name>
    <message>
        <source>The broker offers no action &apos;%1&apos;.</source>
        <translation>Der Broker bietet keine Aktion „%1“ an.</translation>
    </message>
    <message>
        <source>No one-time token was issued for this action.</source>
        <translation>Für diese Aktion wurde kein Einmal-Token ausgestellt.</translation>
    </message>
    <message>
        <source>Select a trading account first: this action needs one.</source>
        <translation>Wählen Sie zuerst ein Handelskonto: Diese Aktion braucht eines.</translation>
    </message>
</context>
<context>
    <name>InAppKit::SsoSession</name>
    <message>
        <source>Your saved login could not be read from the keychain: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You will have to log in next time: no keychain is available.</source>
        <translation>Beim nächsten Mal müssen Sie sich erneut anmelden: Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>You will have to log in next time: %1</source>
        <translation>Beim nächsten Mal müssen Sie sich erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>%1 ended your session. Please log in again.</source>
        <translation>%1 hat Ihre Sitzung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are already logged in; the new login was not used.</source>
        <translation>Sie sind bereits angemeldet; die neue Anmeldung wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>A login arrived while another was in progress; it was not used.</source>
        <translation>Eine Anmeldung kam, während eine andere lief; sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Your saved login is from an earlier version that did not record the broker&apos;s server, so it was removed. Please log in again.</source>
        <translation>Ihre gespeicherte Anmeldung stammt aus einer früheren Version, die den Server des Brokers nicht festgehalten hat, und wurde daher entfernt. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
</TS>
