<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>InAppKit::AccountWidget</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log in to your broker account</source>
        <translation>Beim Broker-Konto anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Open an account with the broker</source>
        <translation>Ein Konto beim Broker eröffnen</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out and forget the saved login</source>
        <translation>Abmelden und die gespeicherte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Broker account</source>
        <translation>Broker-Konto</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Sitzung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaChildWindow</name>
    <message>
        <source>%1 pop-up window</source>
        <translation>Pop-up-Fenster von %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>Blank page, not from %1</source>
        <translation>Leere Seite, nicht von %1</translation>
    </message>
    <message>
        <source>Blank page — not from %1</source>
        <translation>Leere Seite — nicht von %1</translation>
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
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser.</source>
        <translation>Dieser Link kann nicht geöffnet werden: Nur Web-, E-Mail- und Telefonadressen ohne Anmelde-Token gehen an Ihren Browser.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaView</name>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>Downloads sind in diesem Fenster nicht möglich.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the previous page, or leave this screen</source>
        <translation>Zur vorherigen Seite zurück oder diese Ansicht verlassen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave this screen</source>
        <translation>Diese Ansicht verlassen</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Titel der Ansicht</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 screen</source>
        <translation>%1-Ansicht</translation>
    </message>
    <message>
        <source>Broker page</source>
        <translation>Broker-Seite</translation>
    </message>
    <message>
        <source>The page stopped working. Retry to load it again.</source>
        <translation>Die Seite funktioniert nicht mehr. Versuchen Sie es erneut, um sie neu zu laden.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 wurde in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>%1 finished the sign-in without a sign-in token. Try again.</source>
        <translation>%1 hat die Anmeldung ohne Anmelde-Token beendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 sent an unusable sign-in token. Try again.</source>
        <translation>%1 hat ein unbrauchbares Anmelde-Token gesendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 reported a problem: %2</source>
        <translation>%1 meldet ein Problem: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a moment.</source>
        <translation>%1 hat mit einem Fehler geantwortet (HTTP %2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher: Das Zertifikat wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check your connection and try again.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>Ihr Mikrofon</translation>
    </message>
    <message>
        <source>your camera</source>
        <translation>Ihre Kamera</translation>
    </message>
    <message>
        <source>your camera and microphone</source>
        <translation>Ihre Kamera und Ihr Mikrofon</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>Ihren Standort</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>your screen</source>
        <translation>Ihren Bildschirm</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>%1 wants to use %2.</source>
        <translation>%1 möchte %2 verwenden.</translation>
    </message>
    <message>
        <source>%1 has no login screen.</source>
        <translation>%1 hat keine Anmeldeseite.</translation>
    </message>
    <message>
        <source>A pop-up window from %1 was blocked.</source>
        <translation>Ein Pop-up-Fenster von %1 wurde blockiert.</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>This page is from %1, not from %2.</source>
        <translation>Diese Seite stammt von %1, nicht von %2.</translation>
    </message>
    <message>
        <source>This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any program on this computer could read it. Restart the application without it.</source>
        <translation>Dieser Bildschirm wird nicht geöffnet, solange das Web-Debugging eingeschaltet ist (QTWEBENGINE_REMOTE_DEBUGGING): Jedes Programm auf diesem Computer könnte ihn lesen. Starten Sie die Anwendung ohne diese Einstellung neu.</translation>
    </message>
    <message>
        <source>No broker is set for this screen.</source>
        <translation>Für diesen Bildschirm ist kein Broker festgelegt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, or ask your network administrator.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort, um %2 zu erreichen, und hat keine erhalten. Wählen Sie „Erneut versuchen“, um sie einzugeben, oder wenden Sie sich an Ihre Netzwerkverwaltung.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the page through: it may not have accepted the user name and password. Retry to enter them again, or ask your network administrator.</source>
        <translation>Der Proxy %1 hat die Seite nicht durchgelassen: Vielleicht hat er Benutzername und Passwort nicht angenommen. Wählen Sie „Erneut versuchen“, um sie neu einzugeben, oder wenden Sie sich an Ihre Netzwerkverwaltung.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>%1 ist über den Proxy %2 nicht erreichbar. Prüfen Sie Ihre Verbindung oder Ihre Proxy-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This page is not one of %1&apos;s screens.</source>
        <translation>Diese Seite gehört nicht zu den Bildschirmen von %1.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppControlsBar</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Log in to use this</source>
        <translation>Zum Verwenden bitte anmelden</translation>
    </message>
    <message>
        <source>Select a trading account to use this</source>
        <translation>Zum Verwenden ein Handelskonto wählen</translation>
    </message>
    <message>
        <source>Broker actions</source>
        <translation>Broker-Aktionen</translation>
    </message>
</context>
<context>
    <name>InAppKit::JavaScriptDialog</name>
    <message>
        <source>%1 says</source>
        <translation>%1 meldet</translation>
    </message>
</context>
<context>
    <name>InAppKit::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>Der Proxy %1 hat Benutzername und Passwort nicht angenommen. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The proxy says: %1</source>
        <translation>Der Proxy meldet: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Without it, they are kept until the application closes, for this proxy only.</source>
        <translation>Ohne diese Option werden sie nur bis zum Schließen der Anwendung und nur für diesen Proxy aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>InAppKit::RibbonBar</name>
    <message>
        <source>Opens the broker&apos;s page</source>
        <translation>Öffnet die Seite des Brokers</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>Öffnet sich in Ihrem Browser</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
    <message>
        <source>Close message: %1</source>
        <translation>Nachricht schließen: %1</translation>
    </message>
    <message>
        <source>Broker messages</source>
        <translation>Broker-Nachrichten</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Nachricht von %1: %2</translation>
    </message>
</context>
</TS>
