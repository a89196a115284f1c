"""Blueprint datatypes (`rerun.blueprint.datatypes`): `TensorDimensionIndexSlider`."""

from typing import Any

from .._datamodel.view_values import TensorDimensionIndexSlider
from .components import TensorDimensionIndexSliderBatch as _SliderComponentBatch

# The datatype batch is the component's (same storage); Rerun 0.17 exports it under this name too.
TensorDimensionIndexSliderBatch = _SliderComponentBatch
TensorDimensionIndexSliderLike = Any
TensorDimensionIndexSliderArrayLike = Any

__all__ = ["TensorDimensionIndexSlider", "TensorDimensionIndexSliderArrayLike", "TensorDimensionIndexSliderBatch", "TensorDimensionIndexSliderLike"]
