#include "Topic.h"

int Topic::row() const
{
    if (!parent)
        return 0;
    const auto &siblings = parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return 0;
}

Topic *Topic::addChild(std::unique_ptr<Topic> child)
{
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

const Topic *Topic::page() const
{
    const Topic *t = this;
    while (t->kind == Kind::Section && t->parent)
        t = t->parent;
    return t;
}
