"""Plain-text data written for this project: stopwords, protected words, lexicons, actors."""
