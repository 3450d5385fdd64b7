// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXROUTES_H
#define INAPPKIT_SANDBOX_SANDBOXROUTES_H

#include "sandboxhttpserver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace InAppKit::Sandbox {

class SandboxState;

/**
 * The sandbox broker's route table: every (method, path) it answers and the handler that does,
 * in one list, and the dispatch of a request by it.
 *
 * A path the table lists, asked with a method it does not list for that path, is answered 405
 * with Allow naming the methods it lists; a path it does not list, 404. Both answers are the
 * area's own: the session service and the CRM API answer in JSON, the pages in HTML.
 */
class SandboxRoutes
{
public:
    using Handler = HttpResponse (*)(SandboxState &state, const HttpRequest &request);

    /// The method of a route that takes any (the success URL, the test pages).
    static inline const QByteArray AnyMethod = QByteArrayLiteral("*");

    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };

    /// Paths under a prefix whose 404 and 405 answers are the area's own.
    struct Area {
        QString prefix;
        HttpResponse (*notFound)(const HttpRequest &request);
        HttpResponse (*notAllowed)(const QByteArray &allow);
        bool forTestsOnly; ///< answered only by a broker started for tests; 404 otherwise
    };

    static const QList<Route> &table();
    static const QList<Area> &areas();

    /// The answer to @p request.
    static HttpResponse answer(SandboxState &state, const HttpRequest &request);
};

} // namespace InAppKit::Sandbox

#endif
