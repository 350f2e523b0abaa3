//! Fixed names: enums whose variants are written as words in content files, URLs and
//! attributes ("well over", "about-you", "salary"). [`named_enum!`] declares the enum and
//! its words together, so each word is spelt once and serde, parsing and display agree.

/// Declares a `Copy` enum whose variants have fixed names, with:
/// `ALL` (every variant, in order), `NAMES`, `name()`, `from_name()`, and serde
/// (de)serialisation as the name. An unknown name is a serde "unknown variant" error that
/// lists the names allowed.
///
/// ```ignore
/// named_enum! {
///     /// How often an amount is paid.
///     pub enum Period { Year = "year", Month = "month", Hour = "hour" }
/// }
/// ```
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];
            /// Every name, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The name as content files, URLs and attributes write it.
            pub fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }

            pub fn from_name(text: &str) -> Option<$name> {
                match text {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $name::from_name(&text)
                    .ok_or_else(|| ::serde::de::Error::unknown_variant(&text, $name::NAMES))
            }
        }
    };
}

pub(crate) use named_enum;

#[cfg(test)]
mod tests {
    named_enum! {
        /// A test enum.
        pub enum Size { Small = "small", ExtraLarge = "extra large" }
    }

    #[test]
    fn names_round_trip_through_text_and_serde() {
        for size in Size::ALL {
            assert_eq!(Size::from_name(size.name()), Some(size));
            let json = serde_json::to_string(&size).unwrap();
            assert_eq!(serde_json::from_str::<Size>(&json).unwrap(), size);
        }
        assert_eq!(
            serde_json::to_string(&Size::ExtraLarge).unwrap(),
            "\"extra large\""
        );
        assert_eq!(Size::from_name("medium"), None);
    }

    #[test]
    fn an_unknown_name_lists_the_allowed_ones() {
        let err = serde_json::from_str::<Size>("\"medium\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown variant `medium`, expected `small` or `extra large`"),
            "{err}"
        );
    }
}
