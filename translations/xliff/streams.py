"""The texts inside a StreamField, found and written back by their path of block ids.

Works on the stored (JSON) form of a stream, guided by the block definitions, so that
any nesting the project's blocks use is covered: a rich-text paragraph (`para-1`), the
quote of a QuoteBlock (`q-7/quote`), an image block's alt text (`img-2/alt_text`), an
item of a ListBlock (`list-3/<item id>`). Only text blocks are units: CharBlock,
TextBlock (and their subclasses) and RichTextBlock. URLs, e-mail addresses, choices
and chosen objects are structure, shared by every language.
"""

import copy

from wagtail import blocks

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


def stored_form(stream_value):
    """The JSON list a StreamValue is stored as ([] for an empty field)."""
    if not stream_value:
        return []
    return stream_value.get_prep_value()


def _children(value):
    """(id, type, value) of the children of a stream or list value that have an id."""
    for child in value if isinstance(value, list) else []:
        if isinstance(child, dict) and child.get("id"):
            yield child["id"], child.get("type"), child.get("value")


def text_leaves(block, value, path=(), labels=()):
    """Yield `(path, leaf block, text, labels)` for every non-empty text in `value`, the stored form of `block`.

    `labels` are the block labels on the way down ("Quote", "Attribution"): ids say
    nothing to a translator. List items stored in Wagtail's old plain-list format have
    no id, so no stable path: they are skipped (saving the page once converts them).
    """
    if isinstance(block, blocks.BaseStreamBlock):
        for child_id, block_type, child_value in _children(value):
            child_block = block.child_blocks.get(block_type)
            if child_block is not None:
                yield from text_leaves(child_block, child_value, (*path, child_id), (*labels, str(child_block.label)))
    elif isinstance(block, blocks.ListBlock):
        for child_id, _type, child_value in _children(value):
            yield from text_leaves(block.child_block, child_value, (*path, child_id), labels)
    elif isinstance(block, blocks.BaseStructBlock):
        if isinstance(value, dict):
            for name, child_block in block.child_blocks.items():
                if name in value:
                    yield from text_leaves(child_block, value[name], (*path, name), (*labels, str(child_block.label)))
    elif isinstance(block, TEXT_BLOCKS) and isinstance(value, str) and value.strip():
        yield path, block, value, labels


class Diverged(ValueError):
    """The language's stream has blocks, none of which can be paired with the English ones."""


def align(block, english, current, top=True):
    """The language's stored value with each child renamed to the id of the English child it translates.

    A child is paired with an English one by id (blocks written through XLIFF keep
    the English ids). When no id matches but the language has the same block types
    in the same order, the blocks were typed separately in each language (as in the
    admin, one form field per language) and are paired by position. Anything else
    cannot be paired safely: at the top of a field that raises Diverged, so that an
    import never replaces a translation it cannot place.
    """
    if isinstance(block, blocks.BaseStreamBlock | blocks.ListBlock):
        english_children = list(_children(english))
        current_children = list(_children(current))
        english_ids = {child_id for child_id, _kind, _value in english_children}
        if any(child_id in english_ids for child_id, _kind, _value in current_children):
            pairs = [(child_id, kind, value) for child_id, kind, value in current_children if child_id in english_ids]
        elif [kind for _id, kind, _value in english_children] == [kind for _id, kind, _value in current_children]:
            pairs = [(e[0], c[1], c[2]) for e, c in zip(english_children, current_children, strict=True)]
        elif current_children and top:
            raise Diverged("its blocks in this language cannot be paired with the English blocks")
        else:
            pairs = []
        english_values = {child_id: value for child_id, _kind, value in english_children}
        aligned = []
        for child_id, kind, value in pairs:
            child_block = block.child_block if isinstance(block, blocks.ListBlock) else block.child_blocks.get(kind)
            if child_block is not None:
                value = align(child_block, english_values[child_id], value, top=False)
            aligned.append({"type": kind, "value": value, "id": child_id})
        return aligned
    if isinstance(block, blocks.BaseStructBlock) and isinstance(english, dict) and isinstance(current, dict):
        return {
            name: align(block.child_blocks[name], english.get(name), value, top=False)
            if name in block.child_blocks
            else value
            for name, value in current.items()
        }
    return current


def with_texts(block, english, current, texts):
    """The language's stored stream rebuilt on the English structure, with `texts` at their paths.

    `texts` maps path tuples to the new text. English decides which children exist
    and in what order (a block deleted in English disappears from the translation);
    a child without a new text keeps the language's current value, or the English
    one when the language has none yet (images, documents and untranslated blocks).
    """
    if not texts:
        return copy.deepcopy(current if current is not None else english)
    if isinstance(block, blocks.BaseStreamBlock | blocks.ListBlock):
        current_by_id = {child_id: (kind, value) for child_id, kind, value in _children(current)}
        rebuilt = []
        for child in english if isinstance(english, list) else []:
            if not (isinstance(child, dict) and child.get("id")):
                rebuilt.append(copy.deepcopy(child))
                continue
            child_texts = _below(texts, child["id"])
            kind, value = current_by_id.get(child["id"], (None, None))
            if kind != child.get("type"):
                value = None  # the language has no such child, or of another block type
            if isinstance(block, blocks.ListBlock):
                child_block = block.child_block
            else:
                child_block = block.child_blocks[child["type"]]
            rebuilt.append({**child, "value": with_texts(child_block, child["value"], value, child_texts)})
        return rebuilt
    if isinstance(block, blocks.BaseStructBlock) and isinstance(english, dict):
        current = current if isinstance(current, dict) else {}
        rebuilt = {}
        for name, english_value in english.items():
            child_block = block.child_blocks.get(name)
            child_texts = _below(texts, name)
            if child_block is None:
                rebuilt[name] = copy.deepcopy(current.get(name, english_value))
            else:
                rebuilt[name] = with_texts(child_block, english_value, current.get(name), child_texts)
        return rebuilt
    return texts.get((), english)


def _below(texts, segment):
    """The entries of `texts` under `segment`, with that segment removed from their paths."""
    return {path[1:]: text for path, text in texts.items() if path and path[0] == segment}
