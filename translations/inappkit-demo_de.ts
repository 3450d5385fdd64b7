<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 Use Log in, or restart to try again.</source>
        <translation>%1 Melden Sie sich an oder starten Sie neu, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Logged out here; the broker was not told: %1</source>
        <translation>Hier abgemeldet; der Broker wurde nicht benachrichtigt: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>InAppKit demo — %1</source>
        <translation>InAppKit-Demo — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Kontostand: %1 %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InAppKit demo: a trading shell on a broker&apos;s client area.</source>
        <translation>InAppKit-Demo: eine Handelsoberfläche mit dem Kundenbereich eines Brokers.</translation>
    </message>
    <message>
        <source>Validate the broker profile &lt;file&gt;, print the result and exit.</source>
        <translation>Das Broker-Profil &lt;file&gt; prüfen, das Ergebnis ausgeben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use the broker profile &lt;file&gt; instead of the built-in sandbox broker.</source>
        <translation>Das Broker-Profil &lt;file&gt; statt des eingebauten Sandbox-Brokers verwenden.</translation>
    </message>
    <message>
        <source>Language of the user interface and of the broker&apos;s screens (en, de, es, ru, zh, ar).</source>
        <translation>Sprache der Oberfläche und der Broker-Seiten (en, de, es, ru, zh, ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>Farbschema: light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Fund your account today: deposits are free this month</source>
        <translation>Zahlen Sie heute ein: Einzahlungen sind diesen Monat kostenlos</translation>
    </message>
    <message>
        <source>Sandbox broker: log in as demo@example.com, password demo1234</source>
        <translation>Sandbox-Broker: Anmeldung als demo@example.com, Passwort demo1234</translation>
    </message>
    <message>
        <source>Partner id the sign-up is attributed to (cTrader Invite).</source>
        <translation>Partner-ID, der die Registrierung zugeordnet wird (cTrader Invite).</translation>
    </message>
    <message>
        <source>Campaign source (utm_source) for the login and sign-up screens.</source>
        <translation>Kampagnenquelle (utm_source) für die Anmelde- und Registrierungsseiten.</translation>
    </message>
    <message>
        <source>Campaign medium (utm_medium).</source>
        <translation>Kampagnenmedium (utm_medium).</translation>
    </message>
    <message>
        <source>Campaign name (utm_campaign).</source>
        <translation>Kampagnenname (utm_campaign).</translation>
    </message>
    <message>
        <source>Campaign term (utm_term).</source>
        <translation>Kampagnenbegriff (utm_term).</translation>
    </message>
    <message>
        <source>Campaign content (utm_content).</source>
        <translation>Kampagneninhalt (utm_content).</translation>
    </message>
    <message>
        <source>Advertising click id (gclid).</source>
        <translation>Werbe-Klick-ID (gclid).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only).</source>
        <translation>Broker-Bildschirme auch dann öffnen, wenn QTWEBENGINE_REMOTE_DEBUGGING gesetzt ist (nur Debug-Builds).</translation>
    </message>
</context>
</TS>
