#pragma once

#include "Card.h"
#include "TaskItem.h"

#include <QString>

#include <memory>
#include <vector>

// A node of the guide's tree: a folder, a Markdown file, or a section of a long file.
struct Topic
{
    enum class Kind { Root, Folder, File, Section };

    Kind kind = Kind::File;
    QString id;
    QString title;
    QString file; // relative to the guide folder; empty for a folder without index.md
    int line = 0; // where the topic starts in its file (the heading of a section)
    QString anchor; // sections: the heading's anchor in the rendered file
    QString markdown; // files and folders: the body after the front matter
    int bodyLine = 1; // line in the file where the body starts
    int order = 0;
    std::vector<Card> cards; // cards written directly in this topic
    std::vector<TaskItem> tasks; // task list items written directly in this topic
    Topic *parent = nullptr;
    std::vector<std::unique_ptr<Topic>> children;

    int row() const;
    Topic *addChild(std::unique_ptr<Topic> child);
    bool isLeaf() const { return children.empty(); }
    // The topic whose file holds this topic's text (itself, or the file a section belongs to).
    const Topic *page() const;
};
