<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>%1 Use Log in, or restart to try again.</source>
        <translation>%1 Inicie sesión o reinicie para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Logged out here; the broker was not told: %1</source>
        <translation>Sesión cerrada aquí; no se avisó al bróker: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>InAppKit demo — %1</source>
        <translation>Demo de InAppKit — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>&amp;Bróker</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Cotizaciones</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Saldo: %1 %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InAppKit demo: a trading shell on a broker&apos;s client area.</source>
        <translation>Demo de InAppKit: un terminal de trading con el área de clientes de un bróker.</translation>
    </message>
    <message>
        <source>Validate the broker profile &lt;file&gt;, print the result and exit.</source>
        <translation>Validar el perfil del bróker &lt;file&gt;, mostrar el resultado y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Use the broker profile &lt;file&gt; instead of the built-in sandbox broker.</source>
        <translation>Usar el perfil del bróker &lt;file&gt; en lugar del bróker de pruebas integrado.</translation>
    </message>
    <message>
        <source>Language of the user interface and of the broker&apos;s screens (en, de, es, ru, zh, ar).</source>
        <translation>Idioma de la interfaz y de las pantallas del bróker (en, de, es, ru, zh, ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>Tema de color: light o dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Fund your account today: deposits are free this month</source>
        <translation>Deposite hoy: los depósitos son gratis este mes</translation>
    </message>
    <message>
        <source>Sandbox broker: log in as demo@example.com, password demo1234</source>
        <translation>Bróker de pruebas: inicie sesión como demo@example.com, contraseña demo1234</translation>
    </message>
    <message>
        <source>Partner id the sign-up is attributed to (cTrader Invite).</source>
        <translation>ID del socio al que se atribuye el registro (cTrader Invite).</translation>
    </message>
    <message>
        <source>Campaign source (utm_source) for the login and sign-up screens.</source>
        <translation>Origen de la campaña (utm_source) para las pantallas de inicio de sesión y registro.</translation>
    </message>
    <message>
        <source>Campaign medium (utm_medium).</source>
        <translation>Medio de la campaña (utm_medium).</translation>
    </message>
    <message>
        <source>Campaign name (utm_campaign).</source>
        <translation>Nombre de la campaña (utm_campaign).</translation>
    </message>
    <message>
        <source>Campaign term (utm_term).</source>
        <translation>Término de la campaña (utm_term).</translation>
    </message>
    <message>
        <source>Campaign content (utm_content).</source>
        <translation>Contenido de la campaña (utm_content).</translation>
    </message>
    <message>
        <source>Advertising click id (gclid).</source>
        <translation>ID de clic publicitario (gclid).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only).</source>
        <translation>Abrir las pantallas del bróker aunque QTWEBENGINE_REMOTE_DEBUGGING esté definida (solo compilaciones de depuración).</translation>
    </message>
</context>
</TS>
