<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>InAppKit::AccountWidget</name>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Log in to your broker account</source>
        <translation>سجّل الدخول إلى حسابك لدى الوسيط</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>إ&amp;نشاء حساب</translation>
    </message>
    <message>
        <source>Open an account with the broker</source>
        <translation>افتح حسابًا لدى الوسيط</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Log out and forget the saved login</source>
        <translation>سجّل الخروج وانسَ تسجيل الدخول المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>المستخدم المسجّل</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Broker account</source>
        <translation>حساب الوسيط</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>جارٍ استعادة جلستك…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaChildWindow</name>
    <message>
        <source>%1 pop-up window</source>
        <translation>نافذة منبثقة من %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>صفحة من %1</translation>
    </message>
    <message>
        <source>Blank page, not from %1</source>
        <translation>صفحة فارغة، ليست من %1</translation>
    </message>
    <message>
        <source>Blank page — not from %1</source>
        <translation>صفحة فارغة — ليست من %1</translation>
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
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser.</source>
        <translation>لا يمكن فتح هذا الرابط: لا تُمرَّر إلى المتصفح إلا عناوين الويب والبريد الإلكتروني والهاتف التي لا تحمل رمز تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>InAppKit::ClientAreaView</name>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>لم يستجب %1 في الوقت المناسب. تحقّق من اتصالك وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Downloads are not available in this window.</source>
        <translation>التنزيلات غير متاحة في هذه النافذة.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back to the previous page, or leave this screen</source>
        <translation>العودة إلى الصفحة السابقة أو مغادرة هذه الشاشة</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Leave this screen</source>
        <translation>مغادرة هذه الشاشة</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>عنوان الشاشة</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>تقدّم التحميل</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>ال&amp;سماح</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>ال&amp;رفض</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 screen</source>
        <translation>شاشة %1</translation>
    </message>
    <message>
        <source>Broker page</source>
        <translation>صفحة الوسيط</translation>
    </message>
    <message>
        <source>The page stopped working. Retry to load it again.</source>
        <translation>توقفت الصفحة عن العمل. أعد المحاولة لتحميلها من جديد.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>تم فتح %1 في متصفحك.</translation>
    </message>
    <message>
        <source>%1 finished the sign-in without a sign-in token. Try again.</source>
        <translation>أنهى %1 تسجيل الدخول دون رمز دخول. أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 sent an unusable sign-in token. Try again.</source>
        <translation>أرسل %1 رمز دخول غير صالح. أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1 reported a problem: %2</source>
        <translation>أبلغ %1 عن مشكلة: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2). Try again in a moment.</source>
        <translation>ردّ %1 بخطأ (HTTP %2). أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused.</source>
        <translation>الاتصال بـ %1 غير آمن: تم رفض شهادته.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check your connection and try again.</source>
        <translation>تعذّر الوصول إلى %1. تحقّق من اتصالك وأعد المحاولة.</translation>
    </message>
    <message>
        <source>your microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>your camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>your camera and microphone</source>
        <translation>الكاميرا والميكروفون</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>موقعك</translation>
    </message>
    <message>
        <source>desktop notifications</source>
        <translation>إشعارات سطح المكتب</translation>
    </message>
    <message>
        <source>your screen</source>
        <translation>شاشتك</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهازًا</translation>
    </message>
    <message>
        <source>%1 wants to use %2.</source>
        <translation>يريد %1 استخدام %2.</translation>
    </message>
    <message>
        <source>%1 has no login screen.</source>
        <translation>لا توجد لدى %1 شاشة تسجيل دخول.</translation>
    </message>
    <message>
        <source>A pop-up window from %1 was blocked.</source>
        <translation>تم حظر نافذة منبثقة من %1.</translation>
    </message>
    <message>
        <source>Page from %1</source>
        <translation>صفحة من %1</translation>
    </message>
    <message>
        <source>This page is from %1, not from %2.</source>
        <translation>هذه الصفحة من %1، وليست من %2.</translation>
    </message>
    <message>
        <source>This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any program on this computer could read it. Restart the application without it.</source>
        <translation>لا تُفتح هذه الشاشة ما دام تصحيح الويب مفعّلًا (QTWEBENGINE_REMOTE_DEBUGGING): يمكن لأي برنامج على هذا الحاسوب قراءتها. أعد تشغيل التطبيق من دونه.</translation>
    </message>
    <message>
        <source>No broker is set for this screen.</source>
        <translation>لم يُحدَّد وسيط لهذه الشاشة.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, or ask your network administrator.</source>
        <translation>يطلب الوكيل %1 اسم مستخدم وكلمة مرور للوصول إلى %2، ولم يتلقَّ أيًا منهما. اختر «إعادة المحاولة» لإدخالهما، أو اسأل مسؤول الشبكة.</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the page through: it may not have accepted the user name and password. Retry to enter them again, or ask your network administrator.</source>
        <translation>لم يسمح الوكيل %1 بمرور الصفحة: ربما لم يقبل اسم المستخدم وكلمة المرور. اختر «إعادة المحاولة» لإدخالهما من جديد، أو اسأل مسؤول الشبكة.</translation>
    </message>
    <message>
        <source>%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.</source>
        <translation>لا يمكن الوصول إلى %1 عبر الوكيل %2. تحقق من اتصالك أو من إعدادات الوكيل ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This page is not one of %1&apos;s screens.</source>
        <translation>هذه الصفحة ليست من شاشات %1.</translation>
    </message>
</context>
<context>
    <name>InAppKit::InAppControlsBar</name>
    <message>
        <source>Open %1</source>
        <translation>افتح %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Log in to use this</source>
        <translation>سجّل الدخول لاستخدام هذا</translation>
    </message>
    <message>
        <source>Select a trading account to use this</source>
        <translation>اختر حساب تداول لاستخدام هذا</translation>
    </message>
    <message>
        <source>Broker actions</source>
        <translation>إجراءات الوسيط</translation>
    </message>
</context>
<context>
    <name>InAppKit::JavaScriptDialog</name>
    <message>
        <source>%1 says</source>
        <translation>%1 يقول</translation>
    </message>
</context>
<context>
    <name>InAppKit::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>تسجيل الدخول إلى الوكيل</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again.</source>
        <translation>لم يقبل الوكيل %1 اسم المستخدم وكلمة المرور. أدخلهما مرة أخرى.</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password.</source>
        <translation>يطلب الوكيل %1 اسم مستخدم وكلمة مرور.</translation>
    </message>
    <message>
        <source>The proxy says: %1</source>
        <translation>يقول الوكيل: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>ت&amp;ذكّر في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Without it, they are kept until the application closes, for this proxy only.</source>
        <translation>بدون ذلك، يُحتفظ بهما حتى إغلاق التطبيق، ولهذا الوكيل فقط.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>InAppKit::RibbonBar</name>
    <message>
        <source>Opens the broker&apos;s page</source>
        <translation>يفتح صفحة الوسيط</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>يُفتح في متصفحك</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>أغلق هذه الرسالة</translation>
    </message>
    <message>
        <source>Close message: %1</source>
        <translation>إغلاق الرسالة: %1</translation>
    </message>
    <message>
        <source>Broker messages</source>
        <translation>رسائل الوسيط</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>رسالة من %1: %2</translation>
    </message>
</context>
</TS>
