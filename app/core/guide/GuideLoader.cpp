#include "GuideLoader.h"

#include "FrontMatter.h"
#include "MarkdownStructure.h"
#include "Slug.h"
#include "Utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

bool isMarkdown(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

bool isIndexFile(const QString &name)
{
    return name.compare(QLatin1String("index.md"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0;
}

// One path segment's part of an id: "02-core-concepts.md" -> "core-concepts".
QString idFromName(const QString &segment)
{
    QString name = segment;
    if (isMarkdown(name))
        name = name.left(name.lastIndexOf(QLatin1Char('.')));
    QString rest;
    Slug::numericPrefix(name, &rest);
    QString slug = Slug::fromText(rest);
    return slug.isEmpty() ? Slug::fromText(name) : slug;
}

// The id of the entry NAME in a folder whose path gives the id FOLDERID, built on the folder's
// id rather than from the whole path again, so that deep guides cost no more per entry.
QString idFromPath(const QString &folderId, const QString &name)
{
    const QString own = idFromName(name);
    return folderId.isEmpty() ? own : folderId + QLatin1Char('/') + own;
}

// Reads up to SIZE bytes of the file at PATH with plain system calls: QFile adds two status
// calls and, buffered, a second read per file, and on some machines system calls are most of
// the cost of reading a small page. Returns nothing on any failure, for QFile to try and to
// explain.
std::optional<QByteArray> readDirectly(const QString &path, qint64 size)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        done += n;
    }
    ::close(fd);
    bytes.truncate(done);
    return bytes;
#else
    Q_UNUSED(path);
    Q_UNUSED(size);
    return std::nullopt;
#endif
}

class LoadRun
{
public:
    LoadRun(const GuideLoader::Limits &limits, QString root, QString displayRoot)
        : m_limits(limits)
        , m_root(std::move(root))
        , m_displayRoot(std::move(displayRoot))
    {
        m_isResource = m_root.startsWith(QLatin1Char(':'));
        m_canonicalRoot = m_isResource ? m_root : QFileInfo(m_root).canonicalFilePath();
        m_visited.insert(m_canonicalRoot);
    }

    // A file to parse, found by the folder walk; parsed later, possibly on another thread.
    struct PageJob
    {
        // Path and size rather than the walk's QFileInfo, which would keep all its cached
        // details alive until every page is parsed.
        QString path;
        qint64 size;
        QString relative;
        Topic *topic;
        FrontMatter frontMatter;
        Diagnostics diagnostics;
        QStringList anchors; // every anchor of the rendered page, for checking links to it
        QList<MarkdownStructure::FragmentLink> links;
        bool started = false; // handed to the thread pool
    };

    // FOLDERID is the id the folder's path gives (empty for the guide's root); OWNPAGE is the
    // folder's queued index page, if it has one.
    void loadFolder(const QString &absolute, const QString &relative, const QString &folderId, Topic *folder,
                    PageJob *ownPage, int depth);
    // Queues FILE for parsing into TOPIC, unless a bound says no. A folder's own page is queued
    // with FOLDERPAGE set: it may start only once the walk is done with the folder, since
    // parsing adds the page's sections to the topic that the walk adds the folder's entries to.
    PageJob *enqueue(const QFileInfo &info, const QString &relative, Topic *topic, bool folderPage = false);
    // Hands the queued files whose topics the walk is done with to the thread pool, once there
    // are enough files for threads to pay off, so that parsing overlaps the rest of the walk.
    void startReadyJobs();
    // Parses every queued file not yet started (in parallel when there are many), waits for
    // all, then orders each folder.
    void parseAll();
    QString display(const QString &relative) const { return m_displayRoot + QLatin1Char('/') + relative; }
    void report(const QString &relative, int line, Diagnostic::Severity severity, const QString &message)
    {
        m_diagnostics.append({ display(relative), line, severity, message });
    }
    Diagnostics &diagnostics() { return m_diagnostics; }

    // Reads a Markdown file into its topic (title, id, order, body, outline, cards). Touches
    // nothing but the job, so jobs can run at the same time.
    void readPage(PageJob &job) const;

private:
    bool insideRoot(const QString &canonical) const
    {
        return canonical == m_canonicalRoot || canonical.startsWith(m_canonicalRoot + QLatin1Char('/'));
    }
    static void addOutline(Topic *page, const MarkdownStructure &structure);
    // Warns about every "#fragment" link that no heading or anchor of its target provides.
    void checkFragmentLinks();

    const GuideLoader::Limits &m_limits;
    Diagnostics m_diagnostics;
    QString m_root;
    QString m_displayRoot;
    QString m_canonicalRoot;
    bool m_isResource = false;
    QSet<QString> m_visited;
    std::vector<std::unique_ptr<PageJob>> m_jobs;
    std::vector<PageJob *> m_ready; // queued, not started, and free to start
    QList<QFuture<void>> m_running;
    QList<Topic *> m_folders; // to order once their pages are parsed
    QHash<const Topic *, QString> m_names; // file or folder name, the last sort key
    int m_files = 0;
    bool m_reportedFileLimit = false;
};

LoadRun::PageJob *LoadRun::enqueue(const QFileInfo &info, const QString &relative, Topic *topic, bool folderPage)
{
    if (m_files >= m_limits.maximumFiles) {
        if (!m_reportedFileLimit)
            report(relative, 0, Diagnostic::Severity::Warning,
                   QStringLiteral("more than %1 files in the guide; this and the rest are skipped")
                       .arg(m_limits.maximumFiles));
        m_reportedFileLimit = true;
        return nullptr;
    }
    if (info.size() > m_limits.maximumFileBytes) {
        report(relative, 0, Diagnostic::Severity::Warning,
               QStringLiteral("file is larger than %1 MiB; skipped").arg(m_limits.maximumFileBytes / (1024 * 1024)));
        return nullptr;
    }
    ++m_files;
    m_jobs.push_back(std::make_unique<PageJob>(PageJob { info.filePath(), info.size(), relative, topic, FrontMatter(), Diagnostics(), {}, {} }));
    if (!folderPage)
        m_ready.push_back(m_jobs.back().get());
    return m_jobs.back().get();
}

void LoadRun::readPage(PageJob &job) const
{
    Topic *topic = job.topic;
    const QString shown = display(job.relative);
    auto report = [&job, &shown](int line, Diagnostic::Severity severity, const QString &message) {
        job.diagnostics.append({ shown, line, severity, message });
    };
    // Regular files only reach here, so the size is known and already within the bound.
    const qint64 size = std::min(job.size, m_limits.maximumFileBytes);
    std::optional<QByteArray> read = m_isResource ? std::nullopt : readDirectly(job.path, size);
    if (!read) {
        QFile file(job.path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            report(0, Diagnostic::Severity::Error, QStringLiteral("cannot read file: ") + file.errorString());
            return;
        }
        read = file.read(size);
    }
    const QByteArray bytes = std::move(*read);
    if (const int badLine = Utf8::firstInvalidLine(bytes))
        report(badLine, Diagnostic::Severity::Error, QStringLiteral("invalid UTF-8; the file is shown with replacement characters"));
    if (bytes.trimmed().isEmpty())
        report(0, Diagnostic::Severity::Warning, QStringLiteral("file is empty"));

    QString text = QString::fromUtf8(bytes);
    if (bytes.contains('\r')) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }

    const FrontMatter::Split split = FrontMatter::split(text, shown, job.diagnostics);
    const FrontMatter fm = split.present ? FrontMatter::parse(split.yaml, split.yamlLine, shown, job.diagnostics)
                                         : FrontMatter();
    const MarkdownStructure structure = MarkdownStructure::parse(split.body, split.bodyLine, shown, job.diagnostics);

    topic->file = job.relative;
    topic->line = 1;
    topic->markdown = split.body;
    topic->bodyLine = split.bodyLine;
    if (fm.title)
        topic->title = *fm.title;
    else if (!structure.firstLevelOneHeading.isEmpty())
        topic->title = structure.firstLevelOneHeading;
    if (fm.id)
        topic->id = *fm.id;
    if (fm.order)
        topic->order = *fm.order;

    job.anchors = structure.anchors;
    job.links = structure.fragmentLinks;
    topic->tasks.reserve(size_t(structure.tasks.size()));
    for (const MarkdownStructure::Task &task : structure.tasks) {
        TaskItem item;
        item.text = task.text;
        item.anchor = task.anchor;
        item.key = task.key;
        item.file = job.relative;
        item.line = task.line;
        item.checkedInFile = task.checked;
        topic->tasks.push_back(std::move(item));
    }
    topic->cards.reserve(topic->cards.size() + size_t(structure.cards.size()));
    for (Card card : structure.cards) {
        card.file = job.relative;
        topic->cards.push_back(std::move(card));
    }
    // Authored topics (with front matter) opt in; plain notes get an outline when they are long.
    const bool outline = fm.outline.value_or(!split.present && structure.lineCount > GuideLoader::outlineLineThreshold);
    if (outline)
        addOutline(topic, structure);
    job.frontMatter = fm;
}

// Threads pay off only when there is enough to share; a small guide parses at once.
constexpr size_t parallelJobs = 64;
// Jobs per pool task: enough to make the hand-over cheap, few enough to keep both cores busy
// to the end.
constexpr size_t jobsPerTask = 16;

void LoadRun::startReadyJobs()
{
    if (m_jobs.size() < parallelJobs)
        return;
    for (size_t first = 0; first < m_ready.size(); first += jobsPerTask) {
        const size_t end = std::min(m_ready.size(), first + jobsPerTask);
        std::vector<PageJob *> batch(m_ready.begin() + qsizetype(first), m_ready.begin() + qsizetype(end));
        for (PageJob *job : batch)
            job->started = true;
        m_running.append(QtConcurrent::run([this, batch = std::move(batch)] {
            for (PageJob *job : batch)
                readPage(*job);
        }));
    }
    m_ready.clear();
}

void LoadRun::parseAll()
{
    startReadyJobs();
    // Waiting runs a task that has not started yet on this thread, so it helps with the rest.
    for (QFuture<void> &running : m_running)
        running.waitForFinished();
    m_running.clear();
    for (auto &job : m_jobs) {
        if (!job->started)
            readPage(*job);
    }
    checkFragmentLinks();
    for (auto &job : m_jobs)
        m_diagnostics += job->diagnostics; // in the order the walk found the files
    m_jobs.clear();
    m_ready.clear();
    for (Topic *folder : m_folders) {
        std::stable_sort(folder->children.begin(), folder->children.end(), [this](const auto &a, const auto &b) {
            if (a->order != b->order)
                return a->order < b->order;
            return m_names.value(a.get()).compare(m_names.value(b.get()), Qt::CaseInsensitive) < 0;
        });
    }
}

void LoadRun::checkFragmentLinks()
{
    QHash<QString, const PageJob *> pages;
    for (const auto &job : m_jobs)
        pages.insert(job->relative, job.get());
    for (auto &job : m_jobs) {
        for (const MarkdownStructure::FragmentLink &link : job->links) {
            const qsizetype hash = link.target.indexOf(QLatin1Char('#'));
            const QString fragment = link.target.mid(hash + 1);
            const PageJob *target = job.get();
            if (hash > 0) {
                // Another file: only one of the guide's pages can be checked.
                const QString base = QFileInfo(job->relative).path();
                const QString path = QUrl::fromPercentEncoding(link.target.left(hash).toUtf8());
                const QString relative = QDir::cleanPath(base == QLatin1String(".") ? path : base + QLatin1Char('/') + path);
                target = pages.value(relative);
                if (!target)
                    continue;
            }
            if (GuideLoader::findAnchor(target->anchors, fragment).isNull())
                job->diagnostics.append({ display(job->relative), link.line, Diagnostic::Severity::Warning,
                                          QStringLiteral("link '%1' leads to no heading or anchor of %2")
                                              .arg(link.target, display(target->relative)) });
        }
    }
}

void LoadRun::addOutline(Topic *page, const MarkdownStructure &structure)
{
    // Level-2 and level-3 headings become sections. A heading closes every open section of the
    // same or a deeper level, so a card belongs to the innermost section still open above it.
    std::vector<Card> pageCards = std::move(page->cards);
    page->cards.clear();
    std::vector<TaskItem> pageTasks = std::move(page->tasks);
    page->tasks.clear();
    size_t nextTask = 0;
    QList<QPair<int, Topic *>> open; // (level, section)
    // Tasks belong to the innermost section open on their line.
    auto takeTasksBefore = [&](int line) {
        Topic *owner = open.isEmpty() ? page : open.constLast().second;
        while (nextTask < pageTasks.size() && pageTasks[nextTask].line < line)
            owner->tasks.push_back(std::move(pageTasks[nextTask++]));
    };
    for (const auto &heading : structure.headings) {
        takeTasksBefore(heading.line);
        while (!open.isEmpty() && open.constLast().first >= heading.level)
            open.removeLast();
        Topic *owner = open.isEmpty() ? page : open.constLast().second;
        if (heading.card >= 0) {
            owner->cards.push_back(pageCards[size_t(heading.card)]);
            continue;
        }
        if (heading.level != 2 && heading.level != 3)
            continue;
        auto section = std::make_unique<Topic>();
        section->kind = Topic::Kind::Section;
        // A heading with nothing to read (a line break, a picture without alt text) still needs
        // a name in the tree: where it is.
        section->title = !heading.text.isEmpty()
            ? heading.text
            : QCoreApplication::translate("GuideLoader", "Section at line %1").arg(heading.line);
        section->anchor = heading.anchor;
        section->line = heading.line;
        section->file = page->file;
        open.append({ heading.level, owner->addChild(std::move(section)) });
    }
    takeTasksBefore(INT_MAX);
}

void LoadRun::loadFolder(const QString &absolute, const QString &relative, const QString &folderId, Topic *folder,
                         PageJob *ownPage, int depth)
{
    const QDir dir(absolute);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    m_folders.append(folder);

    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')))
            continue;
        const QString childRelative = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        if (!m_isResource && info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                report(childRelative, 0, Diagnostic::Severity::Warning, QStringLiteral("broken link; skipped"));
                continue;
            }
            if (!insideRoot(target)) {
                report(childRelative, 0, Diagnostic::Severity::Warning,
                       QStringLiteral("link leads outside the guide folder; skipped"));
                continue;
            }
        }
        const int prefix = Slug::numericPrefix(name);
        // The prefix orders siblings until a front matter "order:" says otherwise.
        const int order = prefix >= 0 ? prefix : INT_MAX;
        if (info.isDir()) {
            if (depth + 1 > m_limits.maximumDepth) {
                report(childRelative, 0, Diagnostic::Severity::Warning,
                       QStringLiteral("folder is nested deeper than %1 levels; skipped").arg(m_limits.maximumDepth));
                continue;
            }
            const QString canonical = m_isResource ? info.filePath() : info.canonicalFilePath();
            if (m_visited.contains(canonical)) {
                report(childRelative, 0, Diagnostic::Severity::Warning,
                       QStringLiteral("folder was already read (a link loop?); skipped"));
                continue;
            }
            m_visited.insert(canonical);
            auto topic = std::make_unique<Topic>();
            topic->kind = Topic::Kind::Folder;
            topic->id = idFromPath(folderId, name);
            topic->title = Slug::titleFromFileName(name);
            topic->order = order;
            const QString childId = topic->id;
            Topic *raw = folder->addChild(std::move(topic));
            m_names.insert(raw, name);
            PageJob *page = nullptr;
            for (const QString &indexName : { QStringLiteral("index.md"), QStringLiteral("README.md") }) {
                const QFileInfo index(info.filePath() + QLatin1Char('/') + indexName);
                if (index.isFile()) {
                    page = enqueue(index, childRelative + QLatin1Char('/') + indexName, raw, true);
                    break;
                }
            }
            loadFolder(info.filePath(), childRelative, childId, raw, page, depth + 1);
        } else if (info.isFile() && isMarkdown(name)) {
            if (isIndexFile(name))
                continue; // the folder's own page, read with the folder
            auto topic = std::make_unique<Topic>();
            topic->kind = Topic::Kind::File;
            topic->id = idFromPath(folderId, name);
            topic->title = Slug::titleFromFileName(name);
            topic->order = order;
            if (!enqueue(info, childRelative, topic.get()))
                continue;
            Topic *raw = folder->addChild(std::move(topic));
            m_names.insert(raw, name);
        }
    }
    // The walk is done with this folder, so its own page may be parsed now too.
    if (ownPage)
        m_ready.push_back(ownPage);
    startReadyJobs();
}

// Remembers the ids in use and where they came from; a duplicate gets the next free "~N"
// suffix from a per-id counter, so even a guide of identical ids costs linear time. Places are
// kept as file and line and only spelled out for a duplicate.
class IdRegistry
{
public:
    struct Place
    {
        QString file; // relative to the guide folder
        int line = 0;
    };

    // Returns ID if it is new, else a unique variant; FIRSTUSE is set to where ID was first seen.
    QString claim(const QString &id, const Place &place, Place *firstUse)
    {
        const auto it = m_places.constFind(id);
        if (it == m_places.constEnd()) {
            m_places.insert(id, place);
            return id;
        }
        *firstUse = *it;
        int &next = m_nextSuffix[id];
        QString unique;
        do {
            unique = id + QLatin1Char('~') + QString::number(next++ + 2);
        } while (m_places.contains(unique));
        m_places.insert(unique, place);
        return unique;
    }

private:
    QHash<QString, Place> m_places;
    QHash<QString, int> m_nextSuffix;
};

// Gives cards without an explicit id one derived from their topic and prompt, then reports
// and disambiguates duplicates so that every id in the guide is unique.
void assignIds(Topic *topic, IdRegistry &topicIds, IdRegistry &cardIds, LoadRun &run)
{
    auto where = [&run](const IdRegistry::Place &place) {
        return place.line > 0 ? run.display(place.file) + QLatin1Char(':') + QString::number(place.line)
                              : run.display(place.file);
    };
    if (topic->kind == Topic::Kind::Section)
        topic->id = topic->parent->page()->id + QLatin1Char('#') + topic->anchor;
    if (topic->kind != Topic::Kind::Root) {
        IdRegistry::Place firstUse;
        const QString id = topicIds.claim(topic->id, { topic->file, topic->line }, &firstUse);
        if (id != topic->id)
            run.report(topic->file, topic->line, Diagnostic::Severity::Error,
                       QStringLiteral("duplicate topic id '%1' (first used at %2)").arg(topic->id, where(firstUse)));
        topic->id = id;
    }
    for (Card &card : topic->cards) {
        card.topicId = topic->id;
        if (card.id.isEmpty())
            card.id = topic->page()->id + QLatin1Char('/') + Slug::fromText(card.prompt, 60);
        IdRegistry::Place firstUse;
        const QString id = cardIds.claim(card.id, { card.file, card.line }, &firstUse);
        if (id != card.id)
            run.report(card.file, card.line, Diagnostic::Severity::Error,
                       QStringLiteral("duplicate card id '%1' (first used at %2)").arg(card.id, where(firstUse)));
        card.id = id;
    }
    for (TaskItem &task : topic->tasks) {
        task.topicId = topic->id;
        task.id = MarkdownStructure::taskId(topic->page()->id, task.anchor, task.key);
    }
    for (auto &child : topic->children)
        assignIds(child.get(), topicIds, cardIds, run);
}

} // namespace

QString GuideLoader::findAnchor(const QStringList &anchors, const QString &fragment)
{
    // As a browser on GitHub finds it: the fragment as written, then decoded, then in lower
    // case; "#top" and an empty fragment are the top of the page.
    if (fragment.isEmpty() || fragment.compare(QLatin1String("top"), Qt::CaseInsensitive) == 0)
        return QLatin1String("");
    if (anchors.contains(fragment))
        return fragment;
    const QString decoded = QUrl::fromPercentEncoding(fragment.toUtf8());
    if (anchors.contains(decoded))
        return decoded;
    const QString lower = decoded.toLower();
    if (anchors.contains(lower))
        return lower;
    return QString();
}

GuideLoader::GuideLoader() = default;

GuideLoader::GuideLoader(Limits limits)
    : m_limits(limits)
{
}

GuideLoader::Result GuideLoader::load(const QString &path, const QString &displayPath) const
{
    Result result;
    const QFileInfo rootInfo(path);
    const QString shown = displayPath.isEmpty() ? QDir::cleanPath(path) : displayPath;
    if (!rootInfo.exists()) {
        result.error = QStringLiteral("There is no guide folder at %1.").arg(shown);
        return result;
    }
    if (!rootInfo.isDir()) {
        result.error = QStringLiteral("%1 is a file, not a guide folder.").arg(shown);
        return result;
    }
    const bool isResource = path.startsWith(QLatin1Char(':'));
    if (!isResource && (!rootInfo.isReadable() || !rootInfo.isExecutable())) {
        result.error = QStringLiteral("The guide folder %1 cannot be read (permission denied).").arg(shown);
        return result;
    }

    auto guide = std::make_unique<Guide>();
    guide->m_rootPath = rootInfo.filePath();
    guide->m_displayRoot = shown;
    LoadRun run(m_limits, rootInfo.filePath(), shown);

    Topic *root = guide->root();
    root->title = Slug::titleFromFileName(rootInfo.fileName());
    LoadRun::PageJob *rootPage = nullptr;
    for (const QString &indexName : { QStringLiteral("index.md"), QStringLiteral("README.md") }) {
        const QFileInfo index(rootInfo.filePath() + QLatin1Char('/') + indexName);
        if (index.isFile()) {
            rootPage = run.enqueue(index, indexName, root, true);
            break;
        }
    }
    run.loadFolder(rootInfo.filePath(), QString(), QString(), root, rootPage, 0);
    run.parseAll();
    root->kind = Topic::Kind::Root;
    guide->m_id = root->id.isEmpty() ? Slug::fromText(rootInfo.fileName()) : root->id;
    if (guide->m_id.isEmpty())
        guide->m_id = QStringLiteral("guide");
    root->id.clear();
    guide->m_title = root->title;

    if (root->children.empty() && root->markdown.trimmed().isEmpty()) {
        result.error = QStringLiteral("The guide folder %1 has no Markdown files.").arg(shown);
        return result;
    }
    IdRegistry topicIds;
    IdRegistry cardIds;
    assignIds(root, topicIds, cardIds, run);
    guide->m_diagnostics = run.diagnostics();
    guide->index();
    result.guide = std::move(guide);
    return result;
}
