// SPDX-License-Identifier: MIT
#include "conformancereport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QXmlStreamWriter>

namespace InAppKit::Conformance {

bool ConformanceReport::passed() const
{
    return std::none_of(m_results.cbegin(), m_results.cend(),
                        [](const CheckResult &r) { return r.required && r.verdict == CheckResult::Verdict::Fail; });
}

QString ConformanceReport::verdictName(CheckResult::Verdict verdict)
{
    switch (verdict) {
    case CheckResult::Verdict::Pass:
        return QStringLiteral("pass");
    case CheckResult::Verdict::Fail:
        return QStringLiteral("fail");
    case CheckResult::Verdict::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

bool ConformanceReport::write(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    int passes = 0, failures = 0, skipped = 0;
    QJsonArray checks;
    QString rows;
    for (const CheckResult &r : m_results) {
        (r.verdict == CheckResult::Verdict::Pass ? passes : r.verdict == CheckResult::Verdict::Fail ? failures : skipped)++;
        checks.append(QJsonObject{{QStringLiteral("id"), r.id},
                                  {QStringLiteral("spec"), r.spec},
                                  {QStringLiteral("title"), r.title},
                                  {QStringLiteral("required"), r.required},
                                  {QStringLiteral("verdict"), verdictName(r.verdict)},
                                  {QStringLiteral("explanation"), r.explanation},
                                  {QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidence)},
                                  {QStringLiteral("screenshots"), QJsonArray::fromStringList(r.screenshots)}});
        QString shots;
        for (const QString &shot : r.screenshots)
            shots += QStringLiteral("<a href=\"%1\"><img src=\"%1\" alt=\"%1\" loading=\"lazy\"></a>").arg(shot.toHtmlEscaped());
        QString evidence;
        for (const QString &line : r.evidence)
            evidence += line.toHtmlEscaped() + u'\n';
        rows += QStringLiteral("<section class=\"%1\" id=\"%2\"><h2><span class=\"verdict\">%3</span> %4 <small>%5%6</small></h2>"
                               "<p>%7</p>%8%9</section>\n")
                    .arg(verdictName(r.verdict), r.id.toHtmlEscaped(), verdictName(r.verdict).toUpper(), r.title.toHtmlEscaped(),
                         r.spec.isEmpty() ? QString() : QStringLiteral("specification ") + r.spec.toHtmlEscaped(),
                         r.required ? QString() : QStringLiteral(", optional"), r.explanation.toHtmlEscaped(),
                         evidence.isEmpty() ? QString() : QStringLiteral("<pre>%1</pre>").arg(evidence),
                         shots.isEmpty() ? QString() : QStringLiteral("<div class=\"shots\">%1</div>").arg(shots));
    }
    const QJsonObject summary{{QStringLiteral("broker"), m_broker},
                              {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
                              {QStringLiteral("machine"), m_machine},
                              {QStringLiteral("passed"), passed()},
                              {QStringLiteral("passes"), passes},
                              {QStringLiteral("failures"), failures},
                              {QStringLiteral("skipped"), skipped},
                              {QStringLiteral("checks"), checks}};
    const QString verdict = passed() ? QStringLiteral("Conforms: every required check passed")
                                     : QStringLiteral("Does not conform: %1 check(s) failed").arg(failures);
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1: conformance report</title>"
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#1b1f24}"
        "header p.verdict{font-size:1.3em;font-weight:600}header p.verdict.pass{color:#176b2c}header p.verdict.fail{color:#a4161a}"
        "section{border-left:6px solid #999;padding:.2em 1em;margin:1em 0;background:#f6f7f9}"
        "section.pass{border-color:#2e9e4f}section.fail{border-color:#d62828;background:#fdf1f1}section.skipped{border-color:#b0b0b0}"
        "h2{font-size:1.05em}h2 small{font-weight:normal;color:#555}.verdict{display:inline-block;min-width:5em}"
        "pre{white-space:pre-wrap;font-size:.85em;background:#fff;padding:.5em;border:1px solid #ddd}"
        ".shots img{max-width:18em;max-height:14em;margin:.3em;border:1px solid #ccc}"
        "@media (prefers-color-scheme:dark){body{background:#15181c;color:#e6e6e6}section{background:#1f2329}"
        "section.fail{background:#2a1718}pre{background:#111;border-color:#333}h2 small{color:#aaa}}</style></head><body>"
        "<header><h1>%1: conformance report</h1><p class=\"verdict %2\">%3</p>"
        "<p>%4 passed, %5 failed, %6 skipped. Run %7 on %8.</p></header>\n%9</body></html>\n")
                             .arg(m_broker.toHtmlEscaped(), passed() ? QStringLiteral("pass") : QStringLiteral("fail"), verdict)
                             .arg(passes)
                             .arg(failures)
                             .arg(skipped)
                             .arg(m_started.toString(Qt::ISODate), m_machine.toHtmlEscaped(), rows);
    const QDir dir(folder);
    for (const auto &[name, bytes] : {std::pair<QString, QByteArray>{QStringLiteral("report.json"), QJsonDocument(summary).toJson()},
                                      std::pair<QString, QByteArray>{QStringLiteral("report.html"), html.toUtf8()}}) {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(dir.filePath(name), file.errorString());
            return false;
        }
    }
    return true;
}

bool ConformanceReport::writeJUnit(const QString &path, QString *error) const
{
    int failures = 0, skipped = 0;
    for (const CheckResult &r : m_results) {
        failures += r.verdict == CheckResult::Verdict::Fail;
        skipped += r.verdict == CheckResult::Verdict::Skipped;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("inappkit-conformance: %1").arg(m_broker));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(m_results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("timestamp"), m_started.toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("time"), QString::number(m_started.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0, 'f', 3));
    xml.writeAttribute(QStringLiteral("hostname"), QSysInfo::machineHostName());
    xml.writeStartElement(QStringLiteral("properties"));
    xml.writeStartElement(QStringLiteral("property"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("machine"));
    xml.writeAttribute(QStringLiteral("value"), m_machine);
    xml.writeEndElement();
    xml.writeEndElement();
    for (const CheckResult &r : m_results) {
        xml.writeStartElement(QStringLiteral("testcase"));
        // The class groups the checks as the ids do (api, design, func, transport).
        xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("conformance.") + r.id.section(u'.', 0, 0));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("%1 (%2%3): %4")
                                                       .arg(r.id, r.spec.isEmpty() ? QStringLiteral("no number") : QStringLiteral("specification ") + r.spec,
                                                            r.required ? QString() : QStringLiteral(", optional"), r.title));
        xml.writeStartElement(QStringLiteral("properties"));
        for (const auto &[name, value] : {std::pair<QString, QString>{QStringLiteral("id"), r.id},
                                          std::pair<QString, QString>{QStringLiteral("specification"), r.spec},
                                          std::pair<QString, QString>{QStringLiteral("required"), r.required ? QStringLiteral("true") : QStringLiteral("false")}}) {
            xml.writeStartElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("value"), value);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (r.verdict == CheckResult::Verdict::Fail) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), r.explanation);
            xml.writeAttribute(QStringLiteral("type"), r.required ? QStringLiteral("required") : QStringLiteral("optional"));
            xml.writeCharacters(r.evidence.join(u'\n'));
            xml.writeEndElement();
        } else if (r.verdict == CheckResult::Verdict::Skipped) {
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), r.explanation);
            xml.writeEndElement();
        }
        // What was seen, for passes too: CI servers show it beside the test case.
        QStringList output = {r.explanation};
        output += r.evidence;
        if (!r.screenshots.isEmpty())
            output.append(QStringLiteral("screenshots: ") + r.screenshots.join(QStringLiteral(", ")));
        xml.writeTextElement(QStringLiteral("system-out"), output.join(u'\n'));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace InAppKit::Conformance
