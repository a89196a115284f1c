"""Which entities a query expression selects: views' contents and dataframe views' `contents`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import paths


@dataclass
class EntityFilter:
    """Query expressions ("+ /world/**", "- /world/secret") after `$origin` expansion.

    The most specific matching rule decides (an exact path beats a subtree, a longer subtree a
    shorter one; at equal specificity an exclusion wins), as in Rerun.
    """

    rules: list[tuple[bool, str, bool]] = field(default_factory=list)  # (include, path, recursive)

    @staticmethod
    def parse(expressions: Iterable[str], origin: str = "/") -> EntityFilter:
        """One rule per line: an optional ``+``/``-``, then a path, ``/**`` for its whole subtree."""
        rules = []
        origin = paths.normalize(origin)
        for line in expressions:
            for expr in str(line).splitlines():
                expr = expr.strip()
                if not expr:
                    continue
                include = True
                if expr[0] in "+-":
                    include = expr[0] == "+"
                    expr = expr[1:].strip()
                expr = expr.replace("$origin", origin.rstrip("/") if origin != "/" else "")
                recursive = expr.endswith("/**") or expr == "**"
                if recursive:
                    expr = expr[:-2].rstrip("/") if expr != "**" else ""
                rules.append((include, paths.normalize(expr or "/"), recursive))
        return EntityFilter(rules)

    def includes_subtree(self, path: str) -> bool:
        """Whether every entity at or below `path` matches (no exclusion, and a subtree rule
        including `path`): then a view rooted there need not test its entities one by one."""
        if any(not include for include, _, _ in self.rules):
            return False
        return any(recursive and paths.is_descendant_or_self(path, rule_path) for _, rule_path, recursive in self.rules)

    def matches(self, path: str) -> bool:
        best: tuple[int, int, bool] | None = None  # (exact?, depth, excluded?) - larger is more specific
        for include, rule_path, recursive in self.rules:
            if recursive:
                if not paths.is_descendant_or_self(path, rule_path):
                    continue
                score = (0, 0 if rule_path == "/" else rule_path.count("/"), not include)
            else:
                if path != rule_path:
                    continue
                score = (1, path.count("/"), not include)
            if best is None or score > best:
                best = score
        return best is not None and not best[2]
