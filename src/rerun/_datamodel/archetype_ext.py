"""Archetypes whose constructors have real behaviour beyond converting each field.

Each class here subclasses the table-made archetype (same fields, same storage) and only turns
its friendlier arguments into field values.
"""

from __future__ import annotations

import copy
import functools
import inspect
import io
import math
import pathlib
from enum import Enum
from typing import Any

import numpy as np

from . import values as V
from .archetype import Archetype, make_archetype
from .archetype_table import ARCHETYPES, POSITIONAL
from .batch import ensure_valid
from .classes import COMPONENTS_NS
from .convert import describe, plain_numbers, vectors
from .errors import argument, as_rerun017, strict_mode, warn
from .errors import describe as describe_problem
from .tensor import TensorData, image_dim_names

_vec2 = vectors(2)
_vec3 = vectors(3)
_TRANSFORM3D_BATCH = COMPONENTS_NS["Transform3DBatch"]


@functools.cache
def _base(name: str) -> type:
    """The table-made class of an archetype (made once)."""
    doc, fields = ARCHETYPES[name]
    return make_archetype(name, doc, fields, POSITIONAL.get(name, ()))


# -- boxes -------------------------------------------------------------------------------------


class Box2DFormat(Enum):
    """How the numbers of `Boxes2D(array=...)` are to be read."""

    XYWH = "XYWH"  # min x, min y, width, height
    YXHW = "YXHW"
    XYXY = "XYXY"  # min corner, max corner
    YXYX = "YXYX"
    XCYCWH = "XCYCWH"  # center, width, height
    XCYCW2H2 = "XCYCW2H2"  # center, half width, half height


def _box_extents(
    dims: int,
    convert: Any, sizes: Any, mins: Any, half_sizes: Any, centers: Any
) -> tuple[np.ndarray, np.ndarray | None]:
    """(half_sizes, centers) from the mutually exclusive ways of giving box extents."""
    if sizes is not None and half_sizes is not None:
        raise ValueError("Cannot specify both `sizes` and `half_sizes` at the same time: give either sizes or half_sizes")
    if mins is not None and centers is not None:
        raise ValueError("give either mins or centers, not both")
    if sizes is None and half_sizes is None:
        raise ValueError("half_sizes (or sizes) is required")
    batch = f"HalfSize{dims}DBatch"  # the batch Rerun 0.17 names for a bad extent
    if half_sizes is not None:
        with argument("half_sizes", batch):
            half = convert(half_sizes)
    else:
        with argument("sizes", batch):
            half = convert(sizes) / 2.0
    if mins is not None:
        with argument("mins", batch):
            lo = convert(mins)
        if len(lo) not in (1, len(half)) and len(half) != 1:
            raise ValueError(f"mins: expected 1 or {len(half)} values, got {len(lo)}")
        centers = lo + half
    return half, centers


class Boxes2D(_base("Boxes2D")):  # type: ignore[misc]
    __doc__ = _base("Boxes2D").__doc__

    def __init__(
        self,
        *,
        sizes: Any = None,
        mins: Any = None,
        half_sizes: Any = None,
        centers: Any = None,
        array: Any = None,
        array_format: Box2DFormat | str | None = None,
        radii: Any = None,
        colors: Any = None,
        labels: Any = None,
        draw_order: Any = None,
        class_ids: Any = None,
    ) -> None:
        """
        Create a new instance of the Boxes2D archetype.

        Give the extents as `half_sizes` or `sizes`, placed by `centers` or `mins`; or as an
        `array` of boxes in the `array_format` layout.
        """
        self._construct(
            self._prepare,
            sizes=sizes,
            mins=mins,
            half_sizes=half_sizes,
            centers=centers,
            array=array,
            array_format=array_format,
            radii=radii,
            colors=colors,
            labels=labels,
            draw_order=draw_order,
            class_ids=class_ids,
        )

    @staticmethod
    def _prepare(sizes: Any, mins: Any, half_sizes: Any, centers: Any, array: Any, array_format: Any, **rest: Any) -> dict[str, Any]:
        if array is not None:
            if any(x is not None for x in (sizes, mins, half_sizes, centers)):
                raise ValueError("array is incompatible with sizes, half_sizes, mins and centers")
            if array_format is None:
                raise ValueError("array needs array_format (an rr.Box2DFormat)")
            with argument("array_format"):
                fmt = _box_format(array_format)
            with argument("array"):
                boxes = vectors(4)(array)
            half_sizes, centers = _boxes_from_array(boxes, fmt)
        else:
            half_sizes, centers = _box_extents(2, _vec2, sizes, mins, half_sizes, centers)
        return {"half_sizes": half_sizes, "centers": centers, **rest}


def _box_format(value: Any) -> Box2DFormat:
    if isinstance(value, Box2DFormat):
        return value
    name = getattr(value, "name", value)
    if isinstance(name, str) and name.upper() in Box2DFormat.__members__:
        return Box2DFormat[name.upper()]
    raise ValueError(f"expected an rr.Box2DFormat ({', '.join(Box2DFormat.__members__)}), got {describe(value)}")


def _boxes_from_array(boxes: np.ndarray, fmt: Box2DFormat) -> tuple[np.ndarray, np.ndarray]:
    a, b, c, d = boxes.T
    if fmt is Box2DFormat.XYWH:
        half, lo = np.stack([c, d], 1) / 2, np.stack([a, b], 1)
        return half, lo + half
    if fmt is Box2DFormat.YXHW:
        half, lo = np.stack([d, c], 1) / 2, np.stack([b, a], 1)
        return half, lo + half
    if fmt is Box2DFormat.XYXY:
        lo, hi = np.stack([a, b], 1), np.stack([c, d], 1)
        return (hi - lo) / 2, (hi + lo) / 2
    if fmt is Box2DFormat.YXYX:
        lo, hi = np.stack([b, a], 1), np.stack([d, c], 1)
        return (hi - lo) / 2, (hi + lo) / 2
    if fmt is Box2DFormat.XCYCWH:
        return np.stack([c, d], 1) / 2, np.stack([a, b], 1)
    return np.stack([c, d], 1), np.stack([a, b], 1)  # XCYCW2H2


class Boxes3D(_base("Boxes3D")):  # type: ignore[misc]
    __doc__ = _base("Boxes3D").__doc__

    def __init__(
        self,
        *,
        sizes: Any = None,
        mins: Any = None,
        half_sizes: Any = None,
        centers: Any = None,
        rotations: Any = None,
        colors: Any = None,
        radii: Any = None,
        labels: Any = None,
        class_ids: Any = None,
    ) -> None:
        """
        Create a new instance of the Boxes3D archetype.

        Give the extents as `half_sizes` or `sizes`, placed by `centers` or `mins`.
        """
        self._construct(
            self._prepare,
            sizes=sizes,
            mins=mins,
            half_sizes=half_sizes,
            centers=centers,
            rotations=rotations,
            colors=colors,
            radii=radii,
            labels=labels,
            class_ids=class_ids,
        )

    @staticmethod
    def _prepare(sizes: Any, mins: Any, half_sizes: Any, centers: Any, **rest: Any) -> dict[str, Any]:
        half_sizes, centers = _box_extents(3, _vec3, sizes, mins, half_sizes, centers)
        return {"half_sizes": half_sizes, "centers": centers, **rest}


# -- transforms and cameras ----------------------------------------------------------------


class Transform3D(_base("Transform3D")):  # type: ignore[misc]
    __doc__ = _base("Transform3D").__doc__

    def __init__(
        self,
        transform: Any = None,
        *,
        translation: Any = None,
        rotation: Any = None,
        scale: Any = None,
        mat3x3: Any = None,
        from_parent: bool | None = None,
        axis_length: float | None = None,
    ) -> None:
        """
        Create a new instance of the Transform3D archetype.

        Give either a ready `transform` (a `TranslationRotationScale3D` or
        `TranslationAndMat3x3`), or its parts: `translation` (applied last) with `rotation` and
        `scale`, or with a `mat3x3`. `from_parent=True` means the transform maps from the
        parent space to this entity's space.
        """
        if (
            (type(translation) is list or type(translation) is tuple)
            and len(translation) == 3
            and transform is None
            and rotation is None
            and scale is None
            and mat3x3 is None
            and from_parent is None
            and axis_length is None
            and plain_numbers(translation)
        ):
            # A translation of three plain numbers, the most common transform (logged per frame
            # and entity): straight to its field, since the general path below cost as much as
            # `rr.log` itself. `_prepare` makes the same transform.
            fields = self.__dict__  # converted already: past `Archetype.__setattr__`
            fields["transform"] = _TRANSFORM3D_BATCH.from_storage(V.one_translation(translation))
            fields["axis_length"] = None
            return
        # Positional: passing these by name through each step cost a tenth of
        # `rr.log(path, rr.Transform3D(rotation=...))`.
        self._construct(self._prepare, transform, axis_length, translation, rotation, scale, mat3x3, from_parent)

    @staticmethod
    def _prepare(
        transform: Any, axis_length: Any, translation: Any, rotation: Any, scale: Any, mat3x3: Any, from_parent: Any
    ) -> dict[str, Any]:
        if transform is not None:
            if translation is not None or rotation is not None or scale is not None or mat3x3 is not None or from_parent is not None:
                raise ValueError("transform is incompatible with translation, rotation, scale, mat3x3 and from_parent")
            return {"transform": transform, "axis_length": axis_length}
        if mat3x3 is not None and (rotation is not None or scale is not None):
            raise ValueError("Rotation and mat3x3 parameters are mutually exclusive: mat3x3 is incompatible with rotation and scale")
        try:
            if mat3x3 is None:
                transform = V.TranslationRotationScale3D(translation, rotation, scale, from_parent)
            else:
                transform = V.TranslationAndMat3x3(translation=translation, mat3x3=mat3x3, from_parent=from_parent)
        except (TypeError, ValueError) as err:
            raise as_rerun017(err, context="Transform3DBatch") from None  # 0.17's transform is one component
        return {"transform": transform, "axis_length": axis_length}


class Pinhole(_base("Pinhole")):  # type: ignore[misc]
    __doc__ = _base("Pinhole").__doc__

    def __init__(
        self,
        *,
        image_from_camera: Any = None,
        resolution: Any = None,
        camera_xyz: Any = None,
        width: float | None = None,
        height: float | None = None,
        focal_length: Any = None,
        principal_point: Any = None,
        fov_y: float | None = None,
        aspect_ratio: float | None = None,
        image_plane_distance: float | None = None,
    ) -> None:
        """
        Create a new instance of the Pinhole archetype.

        Give the intrinsics as `image_from_camera` (row-major 3x3), or as `focal_length`
        (one value, or two for X and Y) with `width`/`height` or `resolution` and optionally
        `principal_point` (default: the image center), or as `fov_y` (radians) with
        `aspect_ratio` (width / height).
        """
        self._construct(
            self._prepare,
            image_from_camera=image_from_camera,
            resolution=resolution,
            camera_xyz=camera_xyz,
            width=width,
            height=height,
            focal_length=focal_length,
            principal_point=principal_point,
            fov_y=fov_y,
            aspect_ratio=aspect_ratio,
            image_plane_distance=image_plane_distance,
        )

    @staticmethod
    def _prepare(
        image_from_camera: Any,
        resolution: Any,
        width: Any,
        height: Any,
        focal_length: Any,
        principal_point: Any,
        fov_y: Any,
        aspect_ratio: Any,
        **rest: Any,
    ) -> dict[str, Any]:
        if (width is None) != (height is None):
            raise ValueError("width and height must be given together")
        if width is not None:
            if resolution is not None:
                raise ValueError("give either resolution or width and height, not both")
            resolution = [width, height]
        if fov_y is not None or aspect_ratio is not None:
            if fov_y is None or aspect_ratio is None:
                raise ValueError("fov_y and aspect_ratio must be given together")
            if focal_length is not None or image_from_camera is not None:
                raise ValueError("fov_y is incompatible with focal_length and image_from_camera")
            fov_y, aspect_ratio = _positive_number("fov_y", fov_y), _positive_number("aspect_ratio", aspect_ratio)
            if fov_y >= math.pi:
                raise ValueError(f"fov_y: expected a vertical field of view in radians below pi, got {fov_y!r}")
            if resolution is None:
                resolution = [aspect_ratio, 1.0]
            with argument("resolution"):
                height = float(_vec2(resolution)[0][1])
            focal_length = 0.5 * height / math.tan(fov_y * 0.5)
        if image_from_camera is None:
            if focal_length is None:
                err = ValueError("image_from_camera is required (or give focal_length, or fov_y and aspect_ratio)")
                raise as_rerun017(err, lead="Either image_from_camera or focal_length must be set")
            with argument("focal_length"):
                f = vectors(1, np.float64)(focal_length).reshape(-1)
            if f.size not in (1, 2):
                raise ValueError(f"focal_length: expected one or two values, got {describe(focal_length)}")
            fx, fy = (f[0], f[0]) if f.size == 1 else (f[0], f[1])
            if principal_point is None:
                if resolution is None:
                    raise ValueError("principal_point is needed when neither resolution nor width/height is given")
                with argument("resolution"):
                    cx, cy = (_vec2(resolution)[0] / 2.0).tolist()
            else:
                with argument("principal_point"):
                    cx, cy = _vec2(principal_point)[0].tolist()
            image_from_camera = [[fx, 0.0, cx], [0.0, fy, cy], [0.0, 0.0, 1.0]]
        elif focal_length is not None or principal_point is not None:
            raise ValueError("image_from_camera is incompatible with focal_length and principal_point")
        return {"image_from_camera": image_from_camera, "resolution": resolution, **rest}


def _positive_number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name}: expected a number, got {describe(value)}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name}: expected a positive number, got {value!r}")
    return float(value)


# -- images and tensors --------------------------------------------------------------------


def _named_tensor(data: Any, kind: str) -> TensorData:
    """The image as a TensorData with Rerun's dimension names, checking the shape rules of `kind`."""
    tensor = data if isinstance(data, TensorData) else TensorData(array=data)
    if tensor.encoding is None:
        names = image_dim_names(tensor.sizes, kind)
        if any(n is not None for n in tensor.names):
            return tensor  # keep the names the user gave explicitly
        tensor = copy.copy(tensor) if tensor is data else tensor  # never rename the caller's object
        tensor.names = names
    return tensor


def _image_class(name: str, kind: str) -> type:
    base = _base(name)

    def _prepare(data: Any, **rest: Any) -> dict[str, Any]:
        if data is None:
            raise ValueError("data is required")
        with argument("data"):
            tensor = _named_tensor(data, kind)
            if kind == "segmentation" and np.issubdtype(tensor.array.dtype, np.signedinteger) and tensor.array.size:
                if tensor.array.min() < 0:
                    raise ValueError("segmentation class ids must not be negative")
        return {"data": tensor, **rest}

    def __init__(self: Archetype, data: Any = None, **kwargs: Any) -> None:
        allowed = [f.name for f in base._FIELDS if f.name != "data"]  # type: ignore[attr-defined]
        unknown = set(kwargs) - set(allowed)
        if unknown:
            self._invalidate()
            from .errors import report

            report(TypeError(f"unexpected argument(s) {', '.join(sorted(unknown))}"), f"rr.{name}")
            return
        self._construct(_prepare, data=data, **kwargs)

    __init__.__doc__ = f"Create a new instance of the {name} archetype from an image array (any numeric dtype)."
    __init__.__qualname__ = f"{name}.__init__"
    # Rerun 0.17's signature: `data` positional, the other fields keyword-only.
    P = inspect.Parameter
    __init__.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [P("self", P.POSITIONAL_OR_KEYWORD), P("data", P.POSITIONAL_OR_KEYWORD)]
        + [P(f.name, P.KEYWORD_ONLY, default=None) for f in base._FIELDS if f.name != "data"]  # type: ignore[attr-defined]
    )
    return type(name, (base,), {"__init__": __init__, "__doc__": base.__doc__, "__module__": "rerun.archetypes"})


ImageBase = _image_class("Image", "color")
DepthImage = _image_class("DepthImage", "depth")
SegmentationImage = _image_class("SegmentationImage", "segmentation")


class ImageFormat:
    """
    Encoded image formats `ImageEncoded` understands, as in Rerun 0.17.

    `ImageFormat.BMP`, `.GIF`, `.JPEG`, `.PNG` and `.TIFF` are files Pillow reads;
    `ImageFormat.NV12(size_hint=(height, width))` and `ImageFormat.YUY2(size_hint=...)` are raw
    YUV buffers, logged as they are (their RGB size cannot be read from the bytes).
    """

    BMP: ImageFormat
    GIF: ImageFormat
    JPEG: ImageFormat
    PNG: ImageFormat
    TIFF: ImageFormat
    NV12: type[NV12]
    YUY2: type[YUY2]

    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ImageFormat) and type(other) is type(self) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"ImageFormat.{self.name}"


class _RawYuvFormat(ImageFormat):
    """A raw YUV buffer of an image of `size_hint = (height, width)` pixels."""

    #: (rows, columns) of the buffer as a multiple of (height, width).
    _ROWS_COLUMNS: tuple[float, float]

    def __init__(self, size_hint: tuple[int, int]) -> None:
        super().__init__(type(self).__name__)
        with argument("size_hint"):
            hint = vectors(2, np.int64)(size_hint)
            if len(hint) != 1:
                raise ValueError(f"expected (height, width), got {describe(size_hint)}")
            height, width = hint[0].tolist()
            if height <= 0 or width <= 0:
                raise ValueError(f"expected a positive (height, width), got {describe(size_hint)}")
        self.size_hint = (height, width)

    def buffer_shape(self) -> tuple[int, int]:
        rows, columns = self._ROWS_COLUMNS
        return int(self.size_hint[0] * rows), int(self.size_hint[1] * columns)

    def __repr__(self) -> str:
        return f"ImageFormat.{self.name}(size_hint={self.size_hint})"


class NV12(_RawYuvFormat):
    """NV12: a full-resolution Y plane, then interleaved half-resolution U/V (1.5 bytes a pixel)."""

    _ROWS_COLUMNS = (1.5, 1.0)


class YUY2(_RawYuvFormat):
    """YUY2 (YUV 4:2:2, bytes ordered `yuyv`: 2 bytes a pixel)."""

    _ROWS_COLUMNS = (1.0, 2.0)


for _name in ("BMP", "GIF", "JPEG", "PNG", "TIFF"):
    setattr(ImageFormat, _name, ImageFormat(_name))
ImageFormat.NV12 = NV12
ImageFormat.YUY2 = YUY2


class Image(ImageBase):  # type: ignore[misc,valid-type]
    __doc__ = ImageBase.__doc__

    def compress(self, *, jpeg_quality: int = 95) -> Image:
        """
        This image, JPEG-compressed (through Pillow) to save bandwidth and memory.

        Only RGB and monochrome u8 images can be compressed; higher quality means larger files.
        """
        return ImageEncoded._from_jpeg_of(self, jpeg_quality)


class ImageEncoded(Image):
    """
    An image given as encoded bytes (`path=` or `contents=`).

    JPEG is logged as it is (the viewer decodes it); other formats are decoded with Pillow.
    """

    def __init__(self, *, path: Any = None, contents: Any = None, format: ImageFormat | None = None, draw_order: Any = None) -> None:
        self._construct(self._prepare, path=path, contents=contents, format=format, draw_order=draw_order)

    @property
    def data(self) -> Any:
        """The image as a `rr.components.TensorData` (`.shape`: dimensions, `.buffer.kind`: "jpeg", "u8", ...), as in Rerun 0.17."""
        batch = self.__dict__.get("data")
        if batch is None:
            return None
        from .tensor import tensor_data_from_arrow

        return tensor_data_from_arrow(batch.as_arrow_array(), COMPONENTS_NS["TensorData"])

    @data.setter
    def data(self, batch: Any) -> None:
        self.__dict__["data"] = batch  # the TensorData batch that is logged

    @staticmethod
    def _prepare(path: Any, contents: Any, format: Any, draw_order: Any) -> dict[str, Any]:
        from PIL import Image as PILImage

        if (path is None) == (contents is None):
            raise ValueError("give exactly one of path= or contents=")
        raw = _read_path(path) if path is not None else _read_bytes(contents)
        if isinstance(format, _RawYuvFormat):
            rows, columns = format.buffer_shape()
            if len(raw) != rows * columns:
                raise ValueError(f"contents: {format!r} needs {rows * columns} bytes, got {len(raw)}")
            shape = [(rows, "height"), (columns, "width"), (1, "depth")]
            return {"data": TensorData(shape=shape, buffer=raw, encoding=format.name), "draw_order": draw_order}
        source = "path" if path is not None else "contents"
        with argument(source):
            try:
                image = PILImage.open(io.BytesIO(raw))
            except (OSError, SyntaxError) as err:  # what Pillow raises for data it cannot read
                raise ValueError(f"not an image file Pillow can read ({err})") from err
        if format is not None:
            with argument("format"):
                fmt = _image_format(format, None)
                if fmt.name != (image.format or "").upper():
                    raise ValueError(f"the {source} holds a {image.format or 'unknown'} image, not {fmt.name}")
        if image.format == "JPEG" and image.mode in ("RGB", "L"):
            # Logged as it is: the viewer decodes it (a fraction of the bytes of the pixels).
            sizes = [image.height, image.width, 3 if image.mode == "RGB" else 1]
            tensor = TensorData(shape=sizes, buffer=raw, encoding="JPEG", dim_names=["height", "width", "depth"])
        else:
            with argument(source):
                try:
                    pixels = np.asarray(_displayable(image))
                except (OSError, SyntaxError) as err:  # truncated or damaged file
                    raise ValueError(f"cannot decode the {image.format} image ({err})") from err
                tensor = _named_tensor(pixels, "color")
        return {"data": tensor, "draw_order": draw_order}

    @classmethod
    def _from_jpeg_of(cls, image: Image, quality: int) -> Image:
        from PIL import Image as PILImage

        out = cls.__new__(cls)

        def prepare() -> dict[str, Any]:
            if not image.is_valid or image.data is None:
                raise ValueError("cannot compress an invalid image")
            array = _tensor_array(image.data)
            squeezed = array.reshape([s for s in array.shape if s != 1] or [1])
            if squeezed.dtype != np.uint8 or not (squeezed.ndim == 2 or (squeezed.ndim == 3 and squeezed.shape[2] == 3)):
                raise ValueError(f"only u8 RGB or monochrome images can be JPEG-compressed, got {describe(array)}")
            buffer = io.BytesIO()
            PILImage.fromarray(squeezed).save(buffer, format="JPEG", quality=int(quality))
            depth = 3 if squeezed.ndim == 3 else 1
            shape = [squeezed.shape[0], squeezed.shape[1], depth]
            tensor = TensorData(shape=shape, buffer=buffer.getvalue(), encoding="JPEG", dim_names=["height", "width", "depth"])
            return {"data": tensor, "opacity": image.opacity, "draw_order": image.draw_order}

        out._construct(prepare)
        return out


_FILE_FORMATS = ("BMP", "GIF", "JPEG", "PNG", "TIFF")

# Pillow modes whose pixels are not gray, RGB or RGBA values, and what to show them as.
_DISPLAY_MODE = {"1": "L", "P": "RGB", "PA": "RGBA", "LA": "RGBA", "La": "RGBA", "RGBa": "RGBA", "RGBX": "RGB", "CMYK": "RGB", "YCbCr": "RGB", "LAB": "RGB", "HSV": "RGB"}


def _displayable(image: Any) -> Any:
    """The Pillow image in a mode whose pixel values are what is shown (palette images as colors)."""
    mode = _DISPLAY_MODE.get(image.mode)
    if image.mode == "P" and "transparency" in image.info:
        mode = "RGBA"
    return image.convert(mode) if mode else image


def _image_format(format: Any, detected: str | None) -> ImageFormat:
    name = getattr(format, "name", format) or detected or "PNG"
    if isinstance(name, str) and name.upper() in _FILE_FORMATS:
        return getattr(ImageFormat, name.upper())
    raise ValueError(f"expected an rr.ImageFormat ({', '.join(_FILE_FORMATS)}, NV12, YUY2), got {describe(format)}")


def _read_path(path: Any) -> bytes:
    with argument("path"):
        if not isinstance(path, (str, pathlib.Path)):
            raise TypeError(f"expected a file path, got {describe(path)}")
        try:
            return pathlib.Path(path).read_bytes()
        except OSError as err:
            raise ValueError(f"cannot read {str(path)!r}: {err.strerror or err}") from err


def _tensor_array(batch: Any) -> np.ndarray:
    """The numpy array of a one-element TensorData batch (for re-encoding)."""
    row = batch.as_arrow_array()[0].as_py()
    shape = [d["size"] for d in row["shape"]]
    struct = batch.as_arrow_array().field("buffer")
    code = struct.type_codes[0].as_py()
    values = struct.field(code).values.to_numpy(zero_copy_only=False)
    return values.reshape(shape)


def _read_bytes(contents: Any) -> bytes:
    with argument("contents", "BlobBatch"):
        if hasattr(contents, "read"):
            contents = contents.read()
        if isinstance(contents, (bytes, bytearray, memoryview)):
            return bytes(contents)
        if isinstance(contents, np.ndarray) and contents.dtype == np.uint8:  # as Rerun 0.17 accepts
            return contents.tobytes()
        raise TypeError(f"expected bytes, a uint8 numpy array or a binary file, got {describe(contents)}")


class Tensor(_base("Tensor")):  # type: ignore[misc]
    __doc__ = _base("Tensor").__doc__

    def __init__(self, data: Any = None, *, dim_names: Any = None) -> None:
        """
        Create a new instance of the Tensor archetype.

        `data` is a `TensorData`, or an array of any numeric dtype whose shape is kept;
        `dim_names` names each dimension.
        """
        self._construct(self._prepare, data=data, dim_names=dim_names)

    @staticmethod
    def _prepare(data: Any, dim_names: Any) -> dict[str, Any]:
        if data is None:
            raise ValueError("data is required")
        with argument("data", "TensorDataBatch"):
            tensor = ensure_valid(data if isinstance(data, TensorData) else TensorData(array=data))
        if dim_names is None:
            return {"data": tensor}
        with argument("dim_names"):
            count = len(dim_names)
            if count == len(tensor.sizes):
                return {"data": TensorData(array=tensor.array, dim_names=dim_names)}
        # As Rerun 0.17 does: the tensor is still logged, without names (in strict mode: raised).
        problem = as_rerun017(
            ValueError(f"dim_names: got {count} names for a tensor of shape {tuple(tensor.sizes)}; logged without names"),
            lead=f"len(array.shape) = {len(tensor.sizes)} != len(dim_names) = {count}. Dropping tensor dimension names.",
        )
        if strict_mode():
            raise problem
        warn(describe_problem(problem, "rr.Tensor"))
        return {"data": tensor}


class BarChart(_base("BarChart")):  # type: ignore[misc]
    __doc__ = _base("BarChart").__doc__

    def __init__(self, values: Any = None, *, color: Any = None) -> None:
        """Create a new instance of the BarChart archetype from a 1-dimensional array of values."""
        self._construct(self._prepare, values=values, color=color)

    @staticmethod
    def _prepare(values: Any, color: Any) -> dict[str, Any]:
        if values is None:
            raise ValueError("values is required")
        with argument("values"):
            tensor = values if isinstance(values, TensorData) else TensorData(array=values)
            if len([s for s in tensor.sizes if s != 1]) > 1 or len(tensor.sizes) == 0:
                err = ValueError(f"expected a 1-dimensional array, got shape {tuple(tensor.sizes)}")
                raise as_rerun017(err, lead=f"Bar chart data should only be 1D. Got values with shape: {np.array(tensor.sizes)}")
        return {"values": tensor, "color": color}  # unit dimensions are kept, as Rerun 0.17 does


# -- assets ----------------------------------------------------------------------------------

_MEDIA_TYPE_BY_SUFFIX = {".glb": "model/gltf-binary", ".gltf": "model/gltf+json", ".obj": "model/obj", ".stl": "model/stl"}


def guess_media_type(path: str | pathlib.Path | None, contents: bytes) -> str | None:
    """Media type of a 3D asset from its file extension, else from its first bytes."""
    if path is not None:
        guess = _MEDIA_TYPE_BY_SUFFIX.get(pathlib.Path(path).suffix.lower())
        if guess:
            return guess
    head = contents[:512]
    if head.startswith(b"glTF"):
        return "model/gltf-binary"
    stripped = head.lstrip()
    if stripped.startswith(b"{") and b'"asset"' in contents[:4096]:
        return "model/gltf+json"
    if stripped.startswith(b"solid") and b"facet" in contents[:4096]:
        return "model/stl"
    if len(contents) >= 84 and len(contents) == 84 + 50 * int.from_bytes(contents[80:84], "little"):
        return "model/stl"
    if any(line.split(b" ", 1)[0] in (b"v", b"vn", b"vt", b"f", b"o", b"mtllib") for line in stripped.splitlines()[:20]):
        return "model/obj"
    return None


class Asset3D(_base("Asset3D")):  # type: ignore[misc]
    __doc__ = _base("Asset3D").__doc__

    def __init__(self, *, path: Any = None, contents: Any = None, media_type: Any = None, transform: Any = None) -> None:
        """
        Create a new instance of the Asset3D archetype from a file `path` or its `contents`.

        `media_type` is guessed from the file extension, else from the first bytes (glb, gltf,
        obj, stl); `transform` applies to the asset only, not to its children.
        """
        self._construct(self._prepare, path=path, contents=contents, media_type=media_type, transform=transform)

    @staticmethod
    def _prepare(path: Any, contents: Any, media_type: Any, transform: Any) -> dict[str, Any]:
        if (path is None) == (contents is None):
            raise ValueError("give exactly one of path= or contents=")
        blob = _read_path(path) if path is not None else _read_bytes(contents)
        if media_type is None:
            media_type = guess_media_type(path, blob)
        if transform is not None and isinstance(transform, Archetype):
            transform = getattr(transform, "transform", None)
        return {"blob": blob, "media_type": media_type, "transform": transform}


# -- the rest ------------------------------------------------------------------------------


class Clear(_base("Clear")):  # type: ignore[misc]
    __doc__ = _base("Clear").__doc__

    def __init__(self, *, recursive: bool | None = None) -> None:
        """Create a new instance of the Clear archetype; `recursive` also clears all children."""
        self._construct(self._prepare, recursive=recursive)

    @staticmethod
    def _prepare(recursive: Any) -> dict[str, Any]:
        if isinstance(getattr(recursive, "recursive", None), bool):  # an rr.components.ClearIsRecursive
            recursive = recursive.recursive
        if not isinstance(recursive, (bool, np.bool_)):
            raise TypeError(f"recursive: expected True or False, got {describe(recursive)}")
        return {"is_recursive": bool(recursive)}

    @staticmethod
    def flat() -> Clear:
        """A non-recursive clear: empties the entity's components, leaving children untouched."""
        return Clear(recursive=False)

    @staticmethod
    def recursive() -> Clear:
        """A recursive clear: empties the entity's components and those of all its descendants."""
        return Clear(recursive=True)


class DisconnectedSpace(_base("DisconnectedSpace")):  # type: ignore[misc]
    __doc__ = _base("DisconnectedSpace").__doc__

    def __init__(self, is_disconnected: bool = True) -> None:
        """Disconnect this entity from its parent (or reconnect it with `False`)."""
        self._construct(self._prepare, is_disconnected=is_disconnected)

    @staticmethod
    def _prepare(is_disconnected: Any) -> dict[str, Any]:
        if isinstance(getattr(is_disconnected, "is_disconnected", None), bool):  # an rr.components.DisconnectedSpace
            is_disconnected = is_disconnected.is_disconnected
        if not isinstance(is_disconnected, (bool, np.bool_)):
            raise TypeError(f"is_disconnected: expected True or False, got {describe(is_disconnected)}")
        return {"disconnected_space": bool(is_disconnected)}


class ViewCoordinates(_base("ViewCoordinates")):  # type: ignore[misc]
    """How to interpret the coordinate system of an entity: `rr.ViewCoordinates.RDF`, `.RIGHT_HAND_Z_UP`, ..."""


def _add_view_coordinate_constants() -> None:
    component = COMPONENTS_NS["ViewCoordinates"]
    for name in dir(component):
        if name.isupper() and not name.startswith("_"):
            setattr(ViewCoordinates, name, ViewCoordinates(getattr(component, name)))


_add_view_coordinate_constants()

HAND_WRITTEN = {
    cls.__name__: cls
    for cls in (Boxes2D, Boxes3D, Transform3D, Pinhole, Image, DepthImage, SegmentationImage, Tensor, BarChart, Asset3D, Clear, DisconnectedSpace, ViewCoordinates)
}
for _public in (*HAND_WRITTEN.values(), ImageEncoded, Box2DFormat, ImageFormat):
    _public.__module__ = "rerun.archetypes"  # where users find them (and what help() shows)


def all_archetypes() -> dict[str, type]:
    """Every archetype class by name: hand-written where behaviour needs it, else from the table."""
    out = {}
    for name in ARCHETYPES:
        out[name] = HAND_WRITTEN.get(name) or _base(name)
    return out
