// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CONFORMANCE_CONFORMANCEREPORT_H
#define INAPPKIT_CONFORMANCE_CONFORMANCEREPORT_H

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace InAppKit::Conformance {

/// One check's outcome, with what a broker needs to act on it.
struct CheckResult {
    enum class Verdict { Pass, Fail, Skipped };

    CheckResult() = default;
    CheckResult(const QString &checkId, const QString &specNumber, const QString &what, bool isRequired = true)
        : id(checkId), spec(specNumber), title(what), required(isRequired)
    {
    }
    void pass(const QString &seen) { verdict = Verdict::Pass; explanation = seen; }
    void fail(const QString &why) { verdict = Verdict::Fail; explanation = why; }
    void skip(const QString &why) { verdict = Verdict::Skipped; explanation = why; }
    /// Passes with @p passed when there is no problem, else fails naming them all.
    void judge(const QStringList &problems, const QString &passed)
    {
        problems.isEmpty() ? pass(passed) : fail(problems.join(QStringLiteral("; ")));
    }
    void judge(const QString &problem, const QString &passed) { problem.isEmpty() ? pass(passed) : fail(problem); }

    QString id;          ///< stable, e.g. "api.crmApiToken"
    QString spec;        ///< the specification's number, e.g. "6.1.1"
    QString title;       ///< what is checked, in a sentence
    bool required = true;
    Verdict verdict = Verdict::Skipped;
    QString explanation; ///< why it failed or was skipped, and what to change; what was seen when it passed
    QStringList evidence;    ///< the requests and answers, texts and figures that back the verdict (no secret)
    QStringList screenshots; ///< file names in the report's folder
};

/**
 * The report of one run: `report.json` for CI and `report.html` for people, written to a folder
 * with the screenshots. Secrets (passwords, tokens) never reach it: evidence is written redacted.
 */
class ConformanceReport
{
public:
    void setBroker(const QString &name) { m_broker = name; }
    void setMachine(const QString &machine) { m_machine = machine; }
    void add(const CheckResult &result) { m_results.append(result); }
    QList<CheckResult> results() const { return m_results; }
    /// Whether every required check passed.
    bool passed() const;

    /// Writes report.json and report.html into @p folder; false with @p error when it cannot.
    bool write(const QString &folder, QString *error) const;
    /**
     * Writes the JUnit XML report that CI servers show (GitLab, Jenkins…) to @p path: one test
     * case per check, named by its id and specification number, a failure with the check's
     * explanation, skips as skipped; false with @p error when it cannot.
     */
    bool writeJUnit(const QString &path, QString *error) const;

    static QString verdictName(CheckResult::Verdict verdict);

private:
    QString m_broker;
    QString m_machine;
    QDateTime m_started = QDateTime::currentDateTimeUtc();
    QList<CheckResult> m_results;
};

} // namespace InAppKit::Conformance

#endif
