"""factkit: news articles to summaries and claim checklists."""
__version__ = "0.1.0"
