<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>InAppKit::HttpSessionBackend</name>
    <message>
        <source>The broker profile names no session service.</source>
        <translation>El perfil del bróker no indica ningún servicio de sesión.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>La conexión con %1 no es segura: se rechazó su certificado.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>No se puede acceder a %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in.</source>
        <translation>%1 no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired.</source>
        <translation>El inicio de sesión tardó demasiado y caducó.</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>%1 tuvo un problema (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer InAppKit does not understand.</source>
        <translation>%1 envió una respuesta que InAppKit no entiende.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Try again to enter them, or ask your network administrator.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña para llegar a %2 y no recibió ninguno. Vuelva a intentarlo para introducirlos o consulte a su administrador de red.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>No se puede acceder a %1 a través del proxy %2. Compruebe su conexión o la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the connection through: it may not have accepted the user name and password. Try again to enter them, or ask your network administrator.</source>
        <translation>El proxy %1 no dejó pasar la conexión: quizá no aceptó el nombre de usuario y la contraseña. Vuelva a intentarlo para introducirlos o consulte a su administrador de red.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppAction</name>
    <message>
        <source>Deposit</source>
        <translation>Depositar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Verificar identidad</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Open new account</source>
        <translation>Abrir cuenta nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>Cambiar correo</translation>
    </message>
    <message>
        <source>Add money to the selected trading account</source>
        <translation>Añadir dinero a la cuenta de trading seleccionada</translation>
    </message>
    <message>
        <source>Take money out of the selected trading account</source>
        <translation>Retirar dinero de la cuenta de trading seleccionada</translation>
    </message>
    <message>
        <source>Verify your identity with the broker</source>
        <translation>Verifique su identidad con el bróker</translation>
    </message>
    <message>
        <source>Chat with the broker&apos;s support</source>
        <translation>Chatear con el soporte del bróker</translation>
    </message>
    <message>
        <source>Open a new trading account</source>
        <translation>Abrir una nueva cuenta de trading</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>Change your e-mail address</source>
        <translation>Cambiar su dirección de correo</translation>
    </message>
</context>
<context>
    <name>InAppKit::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored.</source>
        <translation>No hay nada guardado.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>No hay ningún llavero disponible en este sistema.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>No se puede usar el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted.</source>
        <translation>No se pudo eliminar la entrada del llavero.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>El secreto es demasiado grande para el llavero.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ScreenUrlBuilder</name>
    <message>
        <source>The broker offers no action &apos;%1&apos;.</source>
        <translation>El bróker no ofrece la acción «%1».</translation>
    </message>
    <message>
        <source>No one-time token was issued for this action.</source>
        <translation>No se emitió ningún token de un solo uso para esta acción.</translation>
    </message>
    <message>
        <source>Select a trading account first: this action needs one.</source>
        <translation>Seleccione primero una cuenta de trading: esta acción la necesita.</translation>
    </message>
</context>
<context>
    <name>InAppKit::SsoSession</name>
    <message>
        <source>Your saved login could not be read from the keychain: %1</source>
        <translation>No se pudo leer el inicio de sesión guardado del llavero: %1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Su inicio de sesión guardado ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You will have to log in next time: no keychain is available.</source>
        <translation>La próxima vez tendrá que iniciar sesión: no hay llavero disponible.</translation>
    </message>
    <message>
        <source>You will have to log in next time: %1</source>
        <translation>La próxima vez tendrá que iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>%1 ended your session. Please log in again.</source>
        <translation>%1 ha cerrado su sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are already logged in; the new login was not used.</source>
        <translation>Ya ha iniciado sesión; el nuevo inicio de sesión no se ha usado.</translation>
    </message>
    <message>
        <source>A login arrived while another was in progress; it was not used.</source>
        <translation>Llegó un inicio de sesión mientras otro estaba en curso; no se ha usado.</translation>
    </message>
    <message>
        <source>Your saved login is from an earlier version that did not record the broker&apos;s server, so it was removed. Please log in again.</source>
        <translation>Su inicio de sesión guardado procede de una versión anterior que no registraba el servidor del bróker, por lo que se ha eliminado. Inicie sesión de nuevo.</translation>
    </message>
</context>
</TS>
