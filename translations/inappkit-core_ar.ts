<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>InAppKit::HttpSessionBackend</name>
    <message>
        <source>The broker profile names no session service.</source>
        <translation>لا يحدّد ملف الوسيط أي خدمة جلسات.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>أنت غير مسجّل الدخول.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>لم يستجب %1 في الوقت المناسب.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>الاتصال بـ %1 غير آمن: تم رفض شهادته.</translation>
    </message>
    <message>
        <source>%1 cannot be reached.</source>
        <translation>تعذّر الوصول إلى %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in.</source>
        <translation>لم يقبل %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The sign-in took too long and expired.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا وانتهت صلاحيته.</translation>
    </message>
    <message>
        <source>%1 had a problem (HTTP %2).</source>
        <translation>واجه %1 مشكلة (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an answer InAppKit does not understand.</source>
        <translation>أرسل %1 ردًا لا يفهمه InAppKit.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Try again to enter them, or ask your network administrator.</source>
        <translation>يطلب الوكيل %1 اسم مستخدم وكلمة مرور للوصول إلى %2، ولم يتلقَّ أيًا منهما. أعد المحاولة لإدخالهما، أو اسأل مسؤول الشبكة.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>لا يمكن الوصول إلى %1 عبر الوكيل %2. تحقق من اتصالك أو من إعدادات الوكيل ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the connection through: it may not have accepted the user name and password. Try again to enter them, or ask your network administrator.</source>
        <translation>لم يسمح الوكيل %1 بمرور الاتصال: ربما لم يقبل اسم المستخدم وكلمة المرور. أعد المحاولة لإدخالهما، أو اسأل مسؤول الشبكة.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppAction</name>
    <message>
        <source>Deposit</source>
        <translation>إيداع</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source>Open new account</source>
        <translation>فتح حساب جديد</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>تغيير البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Add money to the selected trading account</source>
        <translation>أضف أموالًا إلى حساب التداول المحدّد</translation>
    </message>
    <message>
        <source>Take money out of the selected trading account</source>
        <translation>اسحب أموالًا من حساب التداول المحدّد</translation>
    </message>
    <message>
        <source>Verify your identity with the broker</source>
        <translation>تحقّق من هويتك لدى الوسيط</translation>
    </message>
    <message>
        <source>Chat with the broker&apos;s support</source>
        <translation>تحدّث مع دعم الوسيط</translation>
    </message>
    <message>
        <source>Open a new trading account</source>
        <translation>افتح حساب تداول جديدًا</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>غيّر كلمة المرور</translation>
    </message>
    <message>
        <source>Change your e-mail address</source>
        <translation>غيّر عنوان بريدك الإلكتروني</translation>
    </message>
</context>
<context>
    <name>InAppKit::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored.</source>
        <translation>لا يوجد شيء محفوظ.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>تم رفض الوصول إلى سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا النظام.</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>لا يمكن استخدام سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted.</source>
        <translation>تعذّر حذف إدخال سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>The secret is too large for the keychain.</source>
        <translation>السر أكبر من أن تحفظه سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ScreenUrlBuilder</name>
    <message>
        <source>The broker offers no action &apos;%1&apos;.</source>
        <translation>لا يقدّم الوسيط الإجراء «%1».</translation>
    </message>
    <message>
        <source>No one-time token was issued for this action.</source>
        <translation>لم يُصدر رمز لمرة واحدة لهذا الإجراء.</translation>
    </message>
    <message>
        <source>Select a trading account first: this action needs one.</source>
        <translation>اختر حساب تداول أولًا: هذا الإجراء يحتاج إليه.</translation>
    </message>
</context>
<context>
    <name>InAppKit::SsoSession</name>
    <message>
        <source>Your saved login could not be read from the keychain: %1</source>
        <translation>تعذّرت قراءة تسجيل الدخول المحفوظ من سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>انتهت صلاحية تسجيل الدخول المحفوظ. يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>You will have to log in next time: no keychain is available.</source>
        <translation>ستحتاج إلى تسجيل الدخول في المرة القادمة: لا تتوفر سلسلة مفاتيح.</translation>
    </message>
    <message>
        <source>You will have to log in next time: %1</source>
        <translation>ستحتاج إلى تسجيل الدخول في المرة القادمة: %1</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>%1 ended your session. Please log in again.</source>
        <translation>أنهى %1 جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are already logged in; the new login was not used.</source>
        <translation>أنت مسجّل الدخول بالفعل؛ لم يُستخدم تسجيل الدخول الجديد.</translation>
    </message>
    <message>
        <source>A login arrived while another was in progress; it was not used.</source>
        <translation>وصل تسجيل دخول أثناء تسجيل دخول آخر؛ ولم يُستخدم.</translation>
    </message>
    <message>
        <source>Your saved login is from an earlier version that did not record the broker&apos;s server, so it was removed. Please log in again.</source>
        <translation>تسجيل الدخول المحفوظ لديك من إصدار سابق لم يسجّل خادم الوسيط، لذا تمت إزالته. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
</context>
</TS>
