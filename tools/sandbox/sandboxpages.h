// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOXPAGES_H
#define INAPPKIT_SANDBOXPAGES_H

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace InAppKit::Sandbox {

/**
 * The sandbox client area's HTML: plain HTML and CSS, no script and no external resource,
 * themed light or dark, in English and German (an unknown language falls back to English).
 */
class SandboxPages
{
public:
    SandboxPages(const QString &language, const QString &theme);

    /// A supported language code for @p requested: "en" or "de".
    static QString language(const QString &requested);
    /// "light" or "dark".
    static QString theme(const QString &requested);

    QString language() const { return m_language; }
    QString theme() const { return m_theme; }

    /// The text of @p key in this page's language.
    QString text(const char *key) const;

    /// A whole page: @p title in the heading and <title>, @p body as given (already HTML).
    QByteArray page(const QString &title, const QString &body, const QString &backUrl = QString()) const;

    /// A form posting to @p action with hidden @p hidden items, then @p fields (HTML), then a submit button.
    QString form(const QString &action, const QList<QPair<QString, QString>> &hidden, const QString &fields,
                 const QString &submitLabel, const QString &id = QString()) const;
    QString input(const QString &name, const QString &label, const QString &type = QStringLiteral("text"),
                  const QString &value = QString(), bool required = true) const;
    QString checkbox(const QString &name, const QString &label, bool checked = false) const;
    QString select(const QString &name, const QString &label, const QList<QPair<QString, QString>> &options) const;
    QString error(const QString &message) const;
    QString notice(const QString &message) const;
    QString link(const QString &href, const QString &label, const QString &id = QString()) const;

    /// The error page for a refused one-time token or form: a message, never a form.
    QByteArray errorPage(const QString &message, const QString &backUrl = QString()) const;

private:
    QString m_language;
    QString m_theme;
};

} // namespace InAppKit::Sandbox

#endif
