package ir.shenava.surveys;

/** Kinds of question: a 1–5 scale, yes/no, single or multiple choice, free text, would-recommend 0–10. */
public enum QuestionType {
    SCALE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT, RECOMMEND
}
