// Runs a fuzz target's LLVMFuzzerTestOneInput over saved inputs, for builds without libFuzzer.
// Usage: fuzz_<target>_replay FILE-OR-FOLDER...   (folders are read recursively)
// Exits 1 if an argument cannot be read or nothing was run; a failing input crashes, as under
// the fuzzer.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <vector>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "running %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    // A copy of exactly SIZE bytes, so that a read past the end is caught as under the fuzzer.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    LLVMFuzzerTestOneInput(input.data(), input.size());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    int ran = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(argument).isDir()) {
            ok = runFile(argument) && ok;
            ++ran;
            continue;
        }
        QStringList files;
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        for (const QString &path : std::as_const(files)) {
            ok = runFile(path) && ok;
            ++ran;
        }
    }
    std::fprintf(stderr, "ran %d inputs\n", ran);
    return ok && ran > 0 ? 0 : 1;
}
