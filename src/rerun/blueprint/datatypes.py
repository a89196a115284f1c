"""Blueprint datatypes (`rerun.blueprint.datatypes`): `TensorDimensionIndexSlider`."""

from typing import Any

from .._datamodel import arrow_types as _T
from .._datamodel.view_values import TensorDimensionIndexSlider
from .components import TensorDimensionIndexSliderBatch as _SliderComponentBatch
from .components import extension_type as _extension_type

# The datatype batch is the component's (same storage); Rerun 0.17 exports it under this name too.
TensorDimensionIndexSliderBatch = _SliderComponentBatch
TensorDimensionIndexSliderLike = Any
TensorDimensionIndexSliderArrayLike = Any
TensorDimensionIndexSliderType = _extension_type("rerun.blueprint.datatypes.TensorDimensionIndexSlider", _T.TENSOR_DIMENSION_INDEX_SLIDER)

__all__ = ["TensorDimensionIndexSlider", "TensorDimensionIndexSliderArrayLike", "TensorDimensionIndexSliderBatch", "TensorDimensionIndexSliderLike", "TensorDimensionIndexSliderType"]
