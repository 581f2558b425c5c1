// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <QtGlobal>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Opsight::Core {

class Statement;

// RAII owner of one sqlite3 connection. One connection per thread: a Database is
// never shared between threads (readers open their own).
class Database final
{
public:
    enum class Access { ReadOnly, ReadWrite };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws Error naming the file when it cannot be opened.
    void open(const QString &path, Access access);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    // Returns the single integer result of `sql` (0 when no row).
    qint64 queryInt(std::string_view sql);
    QString errorMessage() const;
    int errorCode() const; // sqlite3_errcode of the last call, primary code (SQLITE_NOTADB...)
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// RAII prepared statement. Bind indices are 1-based as in SQLite; columns 0-based.
class Statement final
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text); // UTF-8, copied
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bindNull(int index);

    // Steps once; true when a row is available. Throws Error on failure.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    int columnCount() const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    std::string_view columnText(int column) const; // valid until the next step
    QString columnString(int column) const;
    std::string_view columnBlob(int column) const; // valid until the next step

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
// Every write path runs inside one of these.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();
    Q_DISABLE_COPY_MOVE(Transaction)

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Opsight::Core
