// SPDX-License-Identifier: MIT
#include "sessionbackend.h"

namespace InAppKit {

SessionBackend::SessionBackend(QObject *parent)
    : QObject(parent)
{
}

SessionBackend::~SessionBackend() = default;

} // namespace InAppKit
