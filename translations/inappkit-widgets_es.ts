<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>InAppKit::AccountWidget</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in to your broker account</source>
        <translation>Inicie sesión en su cuenta del bróker</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>&amp;Registrarse</translation>
    </message>
    <message>
        <source>Open an account with the broker</source>
        <translation>Abra una cuenta con el bróker</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Registrarse</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Log out and forget the saved login</source>
        <translation>Cerrar sesión y olvidar el inicio de sesión guardado</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario conectado</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado de inicio de sesión</translation>
    </message>
    <message>
        <source>Broker account</source>
        <translation>Cuenta del bróker</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restaurando su sesión…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaChildWindow</name>
    <message>
        <source>%1 pop-up window</source>
        <translation>Ventana emergente de %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Página de %1</translation>
    </message>
    <message>
        <source>Blank page, not from %1</source>
        <translation>Página en blanco, no de %1</translation>
    </message>
    <message>
        <source>Blank page — not from %1</source>
        <translation>Página en blanco — no de %1</translation>
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
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser.</source>
        <translation>Este enlace no se puede abrir: solo las direcciones web, de correo y de teléfono sin token de inicio de sesión van a su navegador.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaView</name>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 no respondió a tiempo. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>Las descargas no están disponibles en esta ventana.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous page, or leave this screen</source>
        <translation>Volver a la página anterior o salir de esta pantalla</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Leave this screen</source>
        <translation>Salir de esta pantalla</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Título de la pantalla</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Permitir</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>%1 screen</source>
        <translation>Pantalla de %1</translation>
    </message>
    <message>
        <source>Broker page</source>
        <translation>Página del bróker</translation>
    </message>
    <message>
        <source>The page stopped working. Retry to load it again.</source>
        <translation>La página dejó de funcionar. Reintente para cargarla de nuevo.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>Se abrió %1 en su navegador.</translation>
    </message>
    <message>
        <source>%1 finished the sign-in without a sign-in token. Try again.</source>
        <translation>%1 terminó el inicio de sesión sin un token. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 sent an unusable sign-in token. Try again.</source>
        <translation>%1 envió un token de inicio de sesión no válido. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 reported a problem: %2</source>
        <translation>%1 informó de un problema: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a moment.</source>
        <translation>%1 respondió con un error (HTTP %2). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>La conexión con %1 no es segura: se rechazó su certificado.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check your connection and try again.</source>
        <translation>No se puede acceder a %1. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>su micrófono</translation>
    </message>
    <message>
        <source>your camera</source>
        <translation>su cámara</translation>
    </message>
    <message>
        <source>your camera and microphone</source>
        <translation>su cámara y su micrófono</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>su ubicación</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <translation>notificaciones de escritorio</translation>
    </message>
    <message>
        <source>your screen</source>
        <translation>su pantalla</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>%1 wants to use %2.</source>
        <translation>%1 quiere usar %2.</translation>
    </message>
    <message>
        <source>%1 has no login screen.</source>
        <translation>%1 no tiene pantalla de inicio de sesión.</translation>
    </message>
    <message>
        <source>A pop-up window from %1 was blocked.</source>
        <translation>Se bloqueó una ventana emergente de %1.</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>Página de %1</translation>
    </message>
    <message>
        <source>This page is from %1, not from %2.</source>
        <translation>Esta página es de %1, no de %2.</translation>
    </message>
    <message>
        <source>This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any program on this computer could read it. Restart the application without it.</source>
        <translation>Esta pantalla no se abre mientras la depuración web esté activada (QTWEBENGINE_REMOTE_DEBUGGING): cualquier programa de este equipo podría leerla. Reinicie la aplicación sin ella.</translation>
    </message>
    <message>
        <source>No broker is set for this screen.</source>
        <translation>No se ha definido ningún bróker para esta pantalla.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, or ask your network administrator.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña para llegar a %2 y no recibió ninguno. Pulse Reintentar para introducirlos o consulte a su administrador de red.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the page through: it may not have accepted the user name and password. Retry to enter them again, or ask your network administrator.</source>
        <translation>El proxy %1 no dejó pasar la página: quizá no aceptó el nombre de usuario y la contraseña. Pulse Reintentar para introducirlos de nuevo o consulte a su administrador de red.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>No se puede acceder a %1 a través del proxy %2. Compruebe su conexión o la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This page is not one of %1&apos;s screens.</source>
        <translation>Esta página no es una de las pantallas de %1.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppControlsBar</name>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Log in to use this</source>
        <translation>Inicie sesión para usar esto</translation>
    </message>
    <message>
        <source>Select a trading account to use this</source>
        <translation>Seleccione una cuenta de trading para usar esto</translation>
    </message>
    <message>
        <source>Broker actions</source>
        <translation>Acciones del bróker</translation>
    </message>
</context>
<context>
    <name>InAppKit::JavaScriptDialog</name>
    <message>
        <source>%1 says</source>
        <translation>%1 dice</translation>
    </message>
</context>
<context>
    <name>InAppKit::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>El proxy %1 no aceptó el nombre de usuario y la contraseña. Introdúzcalos de nuevo.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The proxy says: %1</source>
        <translation>El proxy dice: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Without it, they are kept until the application closes, for this proxy only.</source>
        <translation>Sin esta opción, se guardan hasta que se cierre la aplicación y solo para este proxy.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>InAppKit::RibbonBar</name>
    <message>
        <source>Opens the broker&apos;s page</source>
        <translation>Abre la página del bróker</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>Se abre en su navegador</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message: %1</source>
        <translation>Cerrar mensaje: %1</translation>
    </message>
    <message>
        <source>Broker messages</source>
        <translation>Mensajes del bróker</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Mensaje de %1: %2</translation>
    </message>
</context>
</TS>
