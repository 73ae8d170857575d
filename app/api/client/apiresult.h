#pragma once

#include "apierror.h"

#include <functional>

// The outcome of an operation: a value, or an error. Some errors keep a partial value (a
// chat answer cut off mid-stream keeps the text that arrived).
template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }
};

template<typename T>
using ApiDone = std::function<void(const ApiResult<T> &)>;
