"""Ground truth for the SQLAlchemy differential test: what real SQLAlchemy emits for a models module.

usage: python3 sqlalchemy_ground_truth.py <sys.path root> <module> <sqlite file to create>
Prints JSON: {"version": ..., "tables": [{"name", "create", "indexes": [...]}]}.
"""
import importlib
import json
import os
import sys

import sqlalchemy
from sqlalchemy import MetaData, Table, create_engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

root, module_name, db_path = sys.argv[1:4]
sys.path.insert(0, root)
importlib.import_module(module_name)

metadatas = []


def add(md):
    if isinstance(md, MetaData) and all(m is not md for m in metadatas):
        metadatas.append(md)


root_abs = os.path.abspath(root)
for mod in list(sys.modules.values()):
    path = getattr(mod, "__file__", None) or ""
    if not os.path.abspath(path).startswith(root_abs + os.sep):
        continue
    for obj in list(vars(mod).values()):
        if isinstance(obj, MetaData):
            add(obj)
        elif isinstance(obj, Table):
            add(obj.metadata)
        elif isinstance(getattr(obj, "metadata", None), MetaData):
            add(obj.metadata)
        elif type(obj).__name__ == "SQLAlchemy" and hasattr(obj, "metadatas"):
            for md in obj.metadatas.values():
                add(md)

dialect = sqlite.dialect()
engine = create_engine("sqlite:///" + db_path)
tables = []
for md in metadatas:
    md.create_all(engine)
    for table in md.sorted_tables:
        tables.append(
            {
                "name": table.name,
                "create": str(CreateTable(table).compile(dialect=dialect)),
                "indexes": sorted(str(CreateIndex(ix).compile(dialect=dialect)) for ix in table.indexes),
            }
        )
print(json.dumps({"version": sqlalchemy.__version__, "tables": tables}))
