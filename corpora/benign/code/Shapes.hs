module Shapes
  ( Shape (..)
  , area
  , perimeter
  , largest
  ) where

import Data.List (maximumBy)
import Data.Ord (comparing)

data Shape
  = Circle Double
  | Rect Double Double
  | Triangle Double Double Double
  deriving (Show, Eq)

area :: Shape -> Double
area (Circle r) = pi * r * r
area (Rect w h) = w * h
area (Triangle a b c) =
  let s = (a + b + c) / 2
   in sqrt (s * (s - a) * (s - b) * (s - c))

perimeter :: Shape -> Double
perimeter (Circle r) = 2 * pi * r
perimeter (Rect w h) = 2 * (w + h)
perimeter (Triangle a b c) = a + b + c

largest :: [Shape] -> Maybe Shape
largest [] = Nothing
largest xs = Just (maximumBy (comparing area) xs)
