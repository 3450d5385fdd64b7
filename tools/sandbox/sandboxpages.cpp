// SPDX-License-Identifier: MIT
#include "sandboxpages.h"

#include <QRegularExpression>

#include <QHash>

namespace InAppKit::Sandbox {

namespace {

struct Text {
    const char *en;
    const char *de;
};

const QHash<QByteArray, Text> &texts()
{
    static const QHash<QByteArray, Text> t = {
        {"brand", {"Sandbox Markets", "Sandbox Markets"}},
        {"login.title", {"Log in", "Anmelden"}},
        {"signup.title", {"Create your account", "Konto erstellen"}},
        {"email", {"E-mail", "E-Mail"}},
        {"password", {"Password", "Passwort"}},
        {"kmli", {"Keep me logged in", "Angemeldet bleiben"}},
        {"login.submit", {"Log in", "Anmelden"}},
        {"signup.submit", {"Sign up", "Registrieren"}},
        {"toSignup", {"New here? Create an account", "Neu hier? Konto erstellen"}},
        {"toLogin", {"Already have an account? Log in", "Schon ein Konto? Anmelden"}},
        {"reset", {"Reset password", "Passwort zurücksetzen"}},
        {"reset.title", {"Reset your password", "Passwort zurücksetzen"}},
        {"reset.submit", {"Send reset link", "Link senden"}},
        {"reset.sent", {"If an account exists for this e-mail, a link to reset its password is on its way.",
                        "Falls ein Konto zu dieser E-Mail existiert, ist ein Link zum Zurücksetzen unterwegs."}},
        {"badCredentials", {"Wrong e-mail or password.", "Falsche E-Mail oder falsches Passwort."}},
        {"userExists", {"An account with this e-mail already exists.", "Zu dieser E-Mail gibt es bereits ein Konto."}},
        {"weakPassword", {"The password needs at least 8 characters.", "Das Passwort braucht mindestens 8 Zeichen."}},
        {"invalidEmail", {"Enter a valid e-mail address.", "Bitte eine gültige E-Mail-Adresse eingeben."}},
        {"unknownClient", {"This application is not registered with the broker.", "Diese Anwendung ist beim Broker nicht registriert."}},
        {"account.title", {"Open a trading account", "Handelskonto eröffnen"}},
        {"account.intro", {"One more step: choose the currency of your first trading account.",
                           "Noch ein Schritt: Wählen Sie die Währung Ihres ersten Handelskontos."}},
        {"currency", {"Currency", "Währung"}},
        {"account.submit", {"Open account", "Konto eröffnen"}},
        {"back", {"Back", "Zurück"}},
        {"deposit.title", {"Deposit", "Einzahlung"}},
        {"withdraw.title", {"Withdraw", "Auszahlung"}},
        {"amount", {"Amount", "Betrag"}},
        {"account", {"Trading account %1", "Handelskonto %1"}},
        {"balance", {"Balance: %1 %2", "Kontostand: %1 %2"}},
        {"deposit.submit", {"Deposit", "Einzahlen"}},
        {"withdraw.submit", {"Withdraw", "Auszahlen"}},
        {"insufficient", {"The amount exceeds the balance.", "Der Betrag übersteigt den Kontostand."}},
        {"badAmount", {"Enter an amount greater than zero, with at most two decimals.",
                       "Bitte einen Betrag über null mit höchstens zwei Nachkommastellen eingeben."}},
        {"deposit.pay", {"Pay %1", "%1 bezahlen"}},
        {"deposit.card", {"Pay by card", "Mit Karte bezahlen"}},
        {"deposit.wallet", {"Pay with SandboxPay wallet", "Mit SandboxPay-Wallet bezahlen"}},
        {"deposit.notPaid", {"The payment was not approved. Choose another way to pay.",
                             "Die Zahlung wurde nicht genehmigt. Wählen Sie eine andere Zahlungsart."}},
        {"deposit.redirecting", {"Taking you to your bank…", "Weiter zu Ihrer Bank …"}},
        {"kyc.upload", {"Upload a photo of the document", "Laden Sie ein Foto des Dokuments hoch"}},
        {"kyc.uploaded", {"Document uploaded", "Dokument hochgeladen"}},
        {"kyc.needUpload", {"Upload your document first.", "Laden Sie zuerst Ihr Dokument hoch."}},
        {"support.chat", {"Live chat", "Live-Chat"}},
        {"support.connected", {"Chat connected", "Chat verbunden"}},
        {"kyc.title", {"Verify identity", "Identität bestätigen"}},
        {"kyc.step", {"Step %1 of 3", "Schritt %1 von 3"}},
        {"fullName", {"Full name", "Vollständiger Name"}},
        {"birthDate", {"Date of birth", "Geburtsdatum"}},
        {"docType", {"Document", "Dokument"}},
        {"passport", {"Passport", "Reisepass"}},
        {"idCard", {"ID card", "Personalausweis"}},
        {"docNumber", {"Document number", "Dokumentnummer"}},
        {"kyc.confirm", {"I confirm that these details are correct", "Ich bestätige, dass die Angaben stimmen"}},
        {"kyc.review", {"Check your details", "Angaben prüfen"}},
        {"kyc.needConfirm", {"Please confirm your details.", "Bitte bestätigen Sie Ihre Angaben."}},
        {"required", {"Please fill in every field.", "Bitte alle Felder ausfüllen."}},
        {"next", {"Continue", "Weiter"}},
        {"submit", {"Submit", "Absenden"}},
        {"support.title", {"Support", "Support"}},
        {"support.intro", {"Ask us anything: an agent answers here.", "Fragen Sie uns: Ein Mitarbeiter antwortet hier."}},
        {"message", {"Message", "Nachricht"}},
        {"send", {"Send", "Senden"}},
        {"support.reply", {"Thank you, an agent will answer shortly.", "Danke, ein Mitarbeiter antwortet in Kürze."}},
        {"done", {"Done", "Fertig"}},
        {"newAccount.title", {"Open new account", "Neues Konto eröffnen"}},
        {"changePassword.title", {"Change password", "Passwort ändern"}},
        {"currentPassword", {"Current password", "Aktuelles Passwort"}},
        {"newPassword", {"New password", "Neues Passwort"}},
        {"wrongPassword", {"The current password is wrong.", "Das aktuelle Passwort ist falsch."}},
        {"changeEmail.title", {"Change e-mail", "E-Mail ändern"}},
        {"newEmail", {"New e-mail", "Neue E-Mail"}},
        {"academy.title", {"Trading academy", "Trading-Akademie"}},
        {"academy.intro", {"Lesson 1: a stop-loss limits what a position can lose.",
                           "Lektion 1: Ein Stop-Loss begrenzt, was eine Position verlieren kann."}},
        {"academy.submit", {"Mark as read", "Als gelesen markieren"}},
        {"token.missing", {"This screen needs a one-time token, and none was given.",
                           "Diese Seite braucht ein Einmal-Token, und es wurde keines übergeben."}},
        {"token.unknown", {"This one-time token is unknown or was already used.",
                           "Dieses Einmal-Token ist unbekannt oder wurde schon verwendet."}},
        {"token.expired", {"This one-time token has expired. Close this screen and open it again.",
                           "Dieses Einmal-Token ist abgelaufen. Schließen Sie die Seite und öffnen Sie sie erneut."}},
        {"token.title", {"This link is no longer valid", "Dieser Link ist nicht mehr gültig"}},
        {"form.expired", {"This form has expired. Close this screen and open it again.",
                          "Dieses Formular ist abgelaufen. Schließen Sie die Seite und öffnen Sie sie erneut."}},
        {"account.missing", {"This screen needs a trading account, and none was given.",
                             "Diese Seite braucht ein Handelskonto, und es wurde keines übergeben."}},
        {"account.notYours", {"This trading account does not belong to you.", "Dieses Handelskonto gehört nicht Ihnen."}},
        {"success.title", {"Done", "Fertig"}},
        {"success.body", {"You can close this window.", "Sie können dieses Fenster schließen."}},
        {"serverError", {"Something went wrong on our side. Please try again.",
                         "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut."}},
        {"notFound", {"There is no such page.", "Diese Seite gibt es nicht."}},
    };
    return t;
}

QString attr(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

SandboxPages::SandboxPages(const QString &language, const QString &theme)
    : m_language(SandboxPages::language(language))
    , m_theme(SandboxPages::theme(theme))
{
}

QString SandboxPages::language(const QString &requested)
{
    return requested == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en");
}

QString SandboxPages::theme(const QString &requested)
{
    return requested == QLatin1String("dark") ? QStringLiteral("dark") : QStringLiteral("light");
}

QString SandboxPages::text(const char *key) const
{
    const auto it = texts().constFind(QByteArray(key));
    if (it == texts().constEnd())
        return QString::fromLatin1(key);
    return QString::fromUtf8(m_language == QLatin1String("de") ? it->de : it->en);
}

QByteArray SandboxPages::page(const QString &title, const QString &body, const QString &backUrl) const
{
    const bool dark = m_theme == QLatin1String("dark");
    const QString back = backUrl.isEmpty()
        ? QString()
        : QStringLiteral("<a class=\"back\" id=\"back\" href=\"%1\">&larr; %2</a>").arg(attr(backUrl), attr(text("back")));
    const QString html = QStringLiteral(R"(<!DOCTYPE html>
<html lang="%1" data-theme="%2"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%3</title>
<style>
:root { --bg: %4; --fg: %5; --card: %6; --accent: #1f6feb; --error: %7; --muted: %8; color-scheme: %2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
header { padding: 12px 24px; font-weight: 600; border-bottom: 1px solid var(--muted); display: flex; gap: 16px; align-items: center; }
main { max-width: 420px; margin: 32px auto; padding: 24px; background: var(--card); border-radius: 10px; }
h1 { font-size: 22px; margin: 0 0 16px; }
label { display: block; margin: 12px 0 4px; }
input[type=text], input[type=email], input[type=password], input[type=date], input[type=number], select, textarea {
  width: 100%; padding: 8px; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--fg); font: inherit; }
label.check { display: flex; gap: 8px; align-items: center; }
button { margin-top: 16px; width: 100%; padding: 10px; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
a { color: var(--accent); }
.back { text-decoration: none; }
.error { color: var(--error); border: 1px solid var(--error); padding: 8px; border-radius: 6px; }
.notice { border: 1px solid var(--muted); padding: 8px; border-radius: 6px; }
.links { margin-top: 16px; display: flex; flex-direction: column; gap: 6px; }
</style></head>
<body><header>%9<span>%10</span></header><main><h1 id="title">%3</h1>
%11
</main></body></html>
)")
                             .arg(m_language, m_theme, attr(title), dark ? QStringLiteral("#0d1117") : QStringLiteral("#f6f8fa"),
                                  dark ? QStringLiteral("#e6edf3") : QStringLiteral("#1f2328"),
                                  dark ? QStringLiteral("#161b22") : QStringLiteral("#ffffff"),
                                  dark ? QStringLiteral("#ff7b72") : QStringLiteral("#cf222e"),
                                  dark ? QStringLiteral("#30363d") : QStringLiteral("#d0d7de"))
                             .arg(back, attr(text("brand")), body);
    return html.toUtf8();
}

QString SandboxPages::form(const QString &action, const QList<QPair<QString, QString>> &hidden, const QString &fields,
                           const QString &submitLabel, const QString &id) const
{
    QString html = QStringLiteral("<form method=\"post\" action=\"%1\"%2>").arg(attr(action),
        id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(attr(id)));
    for (const auto &[name, value] : hidden)
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(attr(name), attr(value));
    // The first field takes the keyboard, as real broker forms do: a person types at once.
    static const QRegularExpression firstField(QStringLiteral("<(input|select) id="));
    QString withFocus = fields;
    const QRegularExpressionMatch first = firstField.match(withFocus);
    if (first.hasMatch())
        withFocus.insert(first.capturedEnd(1), QStringLiteral(" autofocus"));
    html += withFocus;
    html += QStringLiteral("<button type=\"submit\" id=\"submit\">%1</button></form>").arg(attr(submitLabel));
    return html;
}

QString SandboxPages::input(const QString &name, const QString &label, const QString &type, const QString &value,
                            bool required) const
{
    return QStringLiteral("<label for=\"%1\">%2</label><input id=\"%1\" name=\"%1\" type=\"%3\" value=\"%4\"%5>")
        .arg(attr(name), attr(label), attr(type), attr(value), required ? QStringLiteral(" required") : QString());
}

QString SandboxPages::checkbox(const QString &name, const QString &label, bool checked) const
{
    return QStringLiteral("<label class=\"check\"><input type=\"checkbox\" id=\"%1\" name=\"%1\" value=\"1\"%2>%3</label>")
        .arg(attr(name), checked ? QStringLiteral(" checked") : QString(), attr(label));
}

QString SandboxPages::select(const QString &name, const QString &label, const QList<QPair<QString, QString>> &options) const
{
    QString html = QStringLiteral("<label for=\"%1\">%2</label><select id=\"%1\" name=\"%1\">").arg(attr(name), attr(label));
    for (const auto &[value, text] : options)
        html += QStringLiteral("<option value=\"%1\">%2</option>").arg(attr(value), attr(text));
    return html + QStringLiteral("</select>");
}

QString SandboxPages::error(const QString &message) const
{
    return QStringLiteral("<p class=\"error\" id=\"error\" role=\"alert\">%1</p>").arg(attr(message));
}

QString SandboxPages::notice(const QString &message) const
{
    return QStringLiteral("<p class=\"notice\" id=\"notice\">%1</p>").arg(attr(message));
}

QString SandboxPages::link(const QString &href, const QString &label, const QString &id) const
{
    return QStringLiteral("<a href=\"%1\"%2>%3</a>").arg(attr(href),
        id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(attr(id)), attr(label));
}

QByteArray SandboxPages::errorPage(const QString &message, const QString &backUrl) const
{
    return page(text("token.title"), error(message), backUrl);
}

} // namespace InAppKit::Sandbox
