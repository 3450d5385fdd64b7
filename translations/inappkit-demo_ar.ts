<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DemoWindow</name>
    <message>
        <source>Signed in.</source>
        <translation>تم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>تم تسجيل الخروج.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>%1 Use Log in, or restart to try again.</source>
        <translation>%1 سجّل الدخول أو أعد التشغيل للمحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Logged out here; the broker was not told: %1</source>
        <translation>تم تسجيل الخروج هنا؛ لم يُبلَّغ الوسيط: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: تم.</translation>
    </message>
    <message>
        <source>InAppKit demo — %1</source>
        <translation>عرض InAppKit — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Broker</source>
        <translation>ال&amp;وسيط</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>سعر الطلب</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>سعر العرض</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>الرصيد: %1 %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>InAppKit demo: a trading shell on a broker&apos;s client area.</source>
        <translation>عرض InAppKit: واجهة تداول مع منطقة عملاء الوسيط.</translation>
    </message>
    <message>
        <source>Validate the broker profile &lt;file&gt;, print the result and exit.</source>
        <translation>تحقّق من ملف الوسيط &lt;file&gt; واطبع النتيجة ثم اخرج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Use the broker profile &lt;file&gt; instead of the built-in sandbox broker.</source>
        <translation>استخدم ملف الوسيط &lt;file&gt; بدلًا من الوسيط التجريبي المدمج.</translation>
    </message>
    <message>
        <source>Language of the user interface and of the broker&apos;s screens (en, de, es, ru, zh, ar).</source>
        <translation>لغة الواجهة وشاشات الوسيط (en وde وes وru وzh وar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Colour theme: light or dark.</source>
        <translation>نسق الألوان: light أو dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>نسق</translation>
    </message>
    <message>
        <source>Fund your account today: deposits are free this month</source>
        <translation>موّل حسابك اليوم: الإيداعات مجانية هذا الشهر</translation>
    </message>
    <message>
        <source>Sandbox broker: log in as demo@example.com, password demo1234</source>
        <translation>وسيط تجريبي: سجّل الدخول باسم demo@example.com وكلمة المرور demo1234</translation>
    </message>
    <message>
        <source>Partner id the sign-up is attributed to (cTrader Invite).</source>
        <translation>معرّف الشريك الذي يُنسب إليه التسجيل (cTrader Invite).</translation>
    </message>
    <message>
        <source>Campaign source (utm_source) for the login and sign-up screens.</source>
        <translation>مصدر الحملة (utm_source) لشاشتي تسجيل الدخول والتسجيل.</translation>
    </message>
    <message>
        <source>Campaign medium (utm_medium).</source>
        <translation>وسيط الحملة (utm_medium).</translation>
    </message>
    <message>
        <source>Campaign name (utm_campaign).</source>
        <translation>اسم الحملة (utm_campaign).</translation>
    </message>
    <message>
        <source>Campaign term (utm_term).</source>
        <translation>مصطلح الحملة (utm_term).</translation>
    </message>
    <message>
        <source>Campaign content (utm_content).</source>
        <translation>محتوى الحملة (utm_content).</translation>
    </message>
    <message>
        <source>Advertising click id (gclid).</source>
        <translation>معرّف نقرة الإعلان (gclid).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only).</source>
        <translation>فتح شاشات الوسيط حتى مع ضبط QTWEBENGINE_REMOTE_DEBUGGING (في إصدارات التصحيح فقط).</translation>
    </message>
</context>
</TS>
