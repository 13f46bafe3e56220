#include "GuideSnapshot.h"

#include "Guide.h"

#include <QDataStream>
#include <QIODevice>

namespace {

const QByteArray magic("StudyGuide snapshot");
// Raised whenever what is saved changes: a snapshot of another version is refused, never misread.
constexpr quint32 formatVersion = 2;
// Deeper than any guide the loader accepts; bounds the recursion on damaged data.
constexpr int maximumDepth = 64;

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    // Strings are stored as the UTF-16 they are in memory, so reading one is a copy.
    stream.setByteOrder(QDataStream::LittleEndian);
}

void writeCard(QDataStream &out, const Card &card)
{
    out << card.id << card.topicId << qint32(card.kind) << card.prompt << card.answer << card.howToAnswer
        << card.sampleAnswer << card.whatToLookFor << card.file << qint32(card.line);
}

void writeTopic(QDataStream &out, const Topic &topic)
{
    out << qint32(topic.kind) << topic.id << topic.title << topic.file << qint32(topic.line) << topic.anchor
        << topic.markdown << qint32(topic.bodyLine) << qint32(topic.order);
    out << quint32(topic.cards.size());
    for (const Card &card : topic.cards)
        writeCard(out, card);
    out << quint32(topic.tasks.size());
    for (const TaskItem &task : topic.tasks)
        out << task.id << task.topicId << task.text << task.anchor << task.key << task.file << qint32(task.line)
            << task.checkedInFile;
    out << quint32(topic.children.size());
    for (const auto &child : topic.children)
        writeTopic(out, *child);
}

class Reader
{
public:
    explicit Reader(QDataStream &in)
        : m_in(in)
    {
    }

    bool ok() const { return m_in.status() == QDataStream::Ok; }

    // A count of items that each take at least one byte: more than the bytes left means damage,
    // and is refused before anything is allocated for it.
    bool readCount(quint32 &count)
    {
        m_in >> count;
        return ok() && count <= quint64(m_in.device()->bytesAvailable());
    }

    template<typename Enum>
    bool readEnum(Enum &value, int last)
    {
        qint32 raw = 0;
        m_in >> raw;
        value = Enum(raw);
        return ok() && raw >= 0 && raw <= last;
    }

    bool readCard(Card &card)
    {
        qint32 line = 0;
        m_in >> card.id >> card.topicId;
        if (!readEnum(card.kind, int(Card::Kind::Interview)))
            return false;
        m_in >> card.prompt >> card.answer >> card.howToAnswer >> card.sampleAnswer >> card.whatToLookFor >> card.file
            >> line;
        card.line = line;
        return ok();
    }

    bool readTopic(Topic &topic, int depth)
    {
        if (depth > maximumDepth || !readEnum(topic.kind, int(Topic::Kind::Section)))
            return false;
        qint32 line = 0, bodyLine = 0, order = 0;
        m_in >> topic.id >> topic.title >> topic.file >> line >> topic.anchor >> topic.markdown >> bodyLine >> order;
        topic.line = line;
        topic.bodyLine = bodyLine;
        topic.order = order;
        quint32 cards = 0;
        if (!readCount(cards))
            return false;
        topic.cards.resize(cards);
        for (Card &card : topic.cards) {
            if (!readCard(card))
                return false;
        }
        quint32 tasks = 0;
        if (!readCount(tasks))
            return false;
        topic.tasks.resize(tasks);
        for (TaskItem &task : topic.tasks) {
            qint32 taskLine = 0;
            m_in >> task.id >> task.topicId >> task.text >> task.anchor >> task.key >> task.file >> taskLine
                >> task.checkedInFile;
            task.line = taskLine;
            if (!ok())
                return false;
        }
        quint32 children = 0;
        if (!readCount(children))
            return false;
        for (quint32 i = 0; i < children; ++i) {
            auto child = std::make_unique<Topic>();
            if (!readTopic(*child, depth + 1))
                return false;
            topic.addChild(std::move(child));
        }
        return true;
    }

private:
    QDataStream &m_in;
};

} // namespace

QByteArray GuideSnapshot::save(const Guide &guide)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    prepare(out);
    out.writeRawData(magic.constData(), int(magic.size()));
    out << formatVersion << guide.m_id << guide.m_title << guide.m_displayRoot;
    out << quint32(guide.m_diagnostics.size());
    for (const Diagnostic &d : guide.m_diagnostics)
        out << d.file << qint32(d.line) << qint32(d.severity) << d.message;
    writeTopic(out, *guide.m_root);
    return data;
}

std::unique_ptr<Guide> GuideSnapshot::load(const QByteArray &data, const QString &rootPath, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<Guide>();
    };
    const QString damaged = QStringLiteral("the guide snapshot is damaged");
    if (!data.startsWith(magic))
        return fail(QStringLiteral("not a guide snapshot"));
    QDataStream in(data);
    prepare(in);
    in.skipRawData(int(magic.size()));
    quint32 version = 0;
    in >> version;
    if (version != formatVersion)
        return fail(QStringLiteral("a guide snapshot of format %1; this version reads format %2")
                        .arg(version)
                        .arg(formatVersion));

    auto guide = std::make_unique<Guide>();
    Reader reader(in);
    in >> guide->m_id >> guide->m_title >> guide->m_displayRoot;
    quint32 diagnostics = 0;
    if (!reader.readCount(diagnostics))
        return fail(damaged);
    for (quint32 i = 0; i < diagnostics; ++i) {
        Diagnostic d;
        qint32 line = 0;
        in >> d.file >> line;
        d.line = line;
        if (!reader.readEnum(d.severity, int(Diagnostic::Severity::Error)))
            return fail(damaged);
        in >> d.message;
        guide->m_diagnostics.append(d);
    }
    if (!reader.readTopic(*guide->m_root, 0) || !in.atEnd())
        return fail(damaged);
    guide->m_rootPath = rootPath;
    guide->index();
    return guide;
}
