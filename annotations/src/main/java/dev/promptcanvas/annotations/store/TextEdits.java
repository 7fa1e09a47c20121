package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Captions, grounded phrases and referring expressions for {@link Edit}, with their reference checks. */
final class TextEdits {

    private final Edit edit;

    TextEdits(Edit edit) {
        this.edit = edit;
    }

    Caption addCaption(Caption caption) throws StoreException {
        edit.requireImage(caption.imageId(), "new caption");
        return edit.sql("adding a caption", () -> {
            Caption stored = caption.withId(edit.writer().reserve(Table.CAPTIONS, 1));
            edit.writer().insert(Table.CAPTIONS, RowCodec.caption(stored, stored.id(), stored.imageId()));
            edit.summary().touch(StoreChange.Entity.CAPTIONS, stored.imageId());
            return stored;
        });
    }

    Caption updateCaption(Caption caption) throws StoreException {
        String what = "caption " + caption.id();
        Caption old = requireCaption(caption.id(), what);
        if (old.imageId() != caption.imageId()) {
            throw invalid(what + ": cannot move from image " + old.imageId() + " to image " + caption.imageId());
        }
        for (GroundedPhrase p : edit.reader().phrases(caption.id())) {
            if (p.end() > caption.text().length()) {
                throw invalid(what + ": phrase " + p.id() + " spans [" + p.start() + ", " + p.end()
                        + ") but the new text has only " + caption.text().length() + " characters");
            }
        }
        return edit.sql("updating a caption", () -> {
            edit.writer().update(Table.CAPTIONS, RowCodec.caption(caption, caption.id(), caption.imageId()));
            edit.summary().touch(StoreChange.Entity.CAPTIONS, caption.imageId());
            return caption;
        });
    }

    Caption deleteCaption(long id) throws StoreException {
        Caption caption = requireCaption(id, "deleting caption " + id);
        List<GroundedPhrase> phrases = edit.reader().phrases(id);
        return edit.sql("deleting a caption", () -> {
            for (GroundedPhrase p : phrases) {
                deletePhraseRows(p.id());
            }
            edit.writer().delete(Table.CAPTIONS, List.of(id));
            edit.summary().touch(StoreChange.Entity.CAPTIONS, caption.imageId());
            return caption;
        });
    }

    GroundedPhrase addPhrase(GroundedPhrase phrase) throws StoreException {
        String what = "new phrase of caption " + phrase.captionId();
        Caption caption = requireCaption(phrase.captionId(), what);
        if (phrase.end() > caption.text().length()) {
            throw invalid(what + ": span [" + phrase.start() + ", " + phrase.end() + ") runs past the caption's "
                    + caption.text().length() + " characters");
        }
        requireTargets(phrase.annotationIds(), caption.imageId(), what);
        return edit.sql("adding a phrase", () -> {
            RowWriter writer = edit.writer();
            GroundedPhrase stored = phrase.withId(writer.reserve(Table.PHRASES, 1));
            writer.insert(Table.PHRASES, RowCodec.phrase(stored.id(), stored.captionId(), stored.start(),
                    stored.end()));
            long first = writer.reserve(Table.PHRASE_TARGETS, stored.annotationIds().size());
            writer.insertAll(Table.PHRASE_TARGETS, RowCodec.targets(first, stored.id(), stored.annotationIds()));
            edit.summary().touch(StoreChange.Entity.PHRASES, caption.imageId());
            return stored;
        });
    }

    GroundedPhrase updatePhrase(GroundedPhrase phrase) throws StoreException {
        String what = "phrase " + phrase.id();
        GroundedPhrase old = edit.reader().phrase(phrase.id()).orElseThrow(() -> invalid(what + ": does not exist"));
        if (old.captionId() != phrase.captionId()) {
            throw invalid(what + ": cannot move from caption " + old.captionId() + " to caption "
                    + phrase.captionId());
        }
        Caption caption = requireCaption(phrase.captionId(), what);
        if (phrase.end() > caption.text().length()) {
            throw invalid(what + ": span [" + phrase.start() + ", " + phrase.end() + ") runs past the caption's "
                    + caption.text().length() + " characters");
        }
        requireTargets(phrase.annotationIds(), caption.imageId(), what);
        return edit.sql("updating a phrase", () -> {
            RowWriter writer = edit.writer();
            if (old.start() != phrase.start() || old.end() != phrase.end()) {
                writer.update(Table.PHRASES, RowCodec.phrase(phrase.id(), phrase.captionId(), phrase.start(),
                        phrase.end()));
            }
            if (!old.annotationIds().equals(phrase.annotationIds())) {
                writer.delete(Table.PHRASE_TARGETS, edit.reader().ids(
                        "SELECT id FROM phrase_targets WHERE phrase_id = ? ORDER BY id", phrase.id()));
                long first = writer.reserve(Table.PHRASE_TARGETS, phrase.annotationIds().size());
                writer.insertAll(Table.PHRASE_TARGETS, RowCodec.targets(first, phrase.id(), phrase.annotationIds()));
            }
            edit.summary().touch(StoreChange.Entity.PHRASES, caption.imageId());
            return phrase;
        });
    }

    GroundedPhrase deletePhrase(long id) throws StoreException {
        String what = "deleting phrase " + id;
        GroundedPhrase phrase = edit.reader().phrase(id).orElseThrow(() -> invalid(what + ": it does not exist"));
        Caption caption = requireCaption(phrase.captionId(), what);
        return edit.sql("deleting a phrase", () -> {
            deletePhraseRows(id);
            edit.summary().touch(StoreChange.Entity.PHRASES, caption.imageId());
            return phrase;
        });
    }

    ReferringExpression addExpression(ReferringExpression expression) throws StoreException {
        String what = "new referring expression";
        edit.requireImage(expression.imageId(), what);
        requireTargets(expression.targetIds(), expression.imageId(), what);
        return edit.sql("adding a referring expression", () -> {
            RowWriter writer = edit.writer();
            ReferringExpression stored = expression.withId(writer.reserve(Table.EXPRESSIONS, 1));
            writer.insert(Table.EXPRESSIONS, RowCodec.expression(stored.id(), stored.imageId(), stored.text(),
                    stored.domain()));
            insertExpressionTargets(stored);
            edit.summary().touch(StoreChange.Entity.EXPRESSIONS, stored.imageId());
            return stored;
        });
    }

    ReferringExpression updateExpression(ReferringExpression expression) throws StoreException {
        String what = "referring expression " + expression.id();
        ReferringExpression old = edit.reader().expression(expression.id())
                .orElseThrow(() -> invalid(what + ": does not exist"));
        edit.requireImage(expression.imageId(), what);
        requireTargets(expression.targetIds(), expression.imageId(), what);
        return edit.sql("updating a referring expression", () -> {
            RowWriter writer = edit.writer();
            writer.update(Table.EXPRESSIONS, RowCodec.expression(expression.id(), expression.imageId(),
                    expression.text(), expression.domain()));
            if (!old.targetIds().equals(expression.targetIds())) {
                writer.delete(Table.EXPRESSION_TARGETS, edit.reader().ids(
                        "SELECT id FROM expression_targets WHERE expression_id = ? ORDER BY id", expression.id()));
                insertExpressionTargets(expression);
            }
            edit.summary().touch(StoreChange.Entity.EXPRESSIONS, old.imageId());
            edit.summary().touch(StoreChange.Entity.EXPRESSIONS, expression.imageId());
            return expression;
        });
    }

    ReferringExpression deleteExpression(long id) throws StoreException {
        ReferringExpression expression = edit.reader().expression(id)
                .orElseThrow(() -> invalid("deleting referring expression " + id + ": it does not exist"));
        return edit.sql("deleting a referring expression", () -> {
            RowWriter writer = edit.writer();
            writer.delete(Table.EXPRESSION_TARGETS, edit.reader().ids(
                    "SELECT id FROM expression_targets WHERE expression_id = ? ORDER BY id", id));
            writer.delete(Table.EXPRESSIONS, List.of(id));
            edit.summary().touch(StoreChange.Entity.EXPRESSIONS, expression.imageId());
            return expression;
        });
    }

    private void insertExpressionTargets(ReferringExpression e) throws java.sql.SQLException {
        RowWriter writer = edit.writer();
        long first = writer.reserve(Table.EXPRESSION_TARGETS, e.targetIds().size());
        writer.insertAll(Table.EXPRESSION_TARGETS, RowCodec.targets(first, e.id(), e.targetIds()));
    }

    private void deletePhraseRows(long phraseId) throws java.sql.SQLException {
        RowWriter writer = edit.writer();
        writer.delete(Table.PHRASE_TARGETS, edit.reader().ids(
                "SELECT id FROM phrase_targets WHERE phrase_id = ? ORDER BY id", phraseId));
        writer.delete(Table.PHRASES, List.of(phraseId));
    }

    private Caption requireCaption(long id, String what) throws StoreException {
        return edit.reader().caption(id).orElseThrow(() -> invalid(what + ": caption " + id + " does not exist"));
    }

    /** Targets must exist, be distinct and lie on the given image. */
    private void requireTargets(List<Long> ids, long imageId, String what) throws StoreException {
        Set<Long> seen = new HashSet<>();
        for (long id : ids) {
            if (!seen.add(id)) {
                throw invalid(what + ": annotation " + id + " is listed twice");
            }
            Annotation a = edit.reader().annotation(id)
                    .orElseThrow(() -> invalid(what + ": annotation " + id + " does not exist"));
            if (a.imageId() != imageId) {
                throw invalid(what + ": annotation " + id + " is on image " + a.imageId() + ", not on image "
                        + imageId);
            }
        }
    }
}
