package be.miresem.rebond.site;

import java.util.List;

/** One page of published news, newest first. Pages are numbered from 1. */
public record NewsPage(List<NewsItem> items, int number, int totalPages) {

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages;
    }
}
