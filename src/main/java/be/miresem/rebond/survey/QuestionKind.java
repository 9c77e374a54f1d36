package be.miresem.rebond.survey;

/** A question's form: a scale of 1 to 5 with labelled ends, yes or no, one choice among a few, a short text. */
public enum QuestionKind {
    SCALE, YES_NO, CHOICE, TEXT
}
