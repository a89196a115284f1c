"""Many .rrd files as one dataset: `load_dataset`, the footer index, DuckDB and Ray adapters."""

from .dataset import Dataset, DatasetFile, DatasetView, load_dataset, resolve_files
from .index import FileSummary, index_file

__all__ = ["Dataset", "DatasetFile", "DatasetView", "FileSummary", "index_file", "load_dataset", "resolve_files"]
