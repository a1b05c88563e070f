// Result<T>: a value or a user-facing error message the caller must look at (std::expected is C++23).
#pragma once

#include <optional>
#include <utility>

#include <QString>

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    // Translated, one line, says what went wrong and what to do.
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce no value.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done {};
}
