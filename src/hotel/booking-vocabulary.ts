// The hotel project's booking flows and slots (data/flows.yml, domain.yml), named for the offline generator
// (understanding/nlu/booking-vocabulary.ts gives the shape; the runtime passes this object in).
export const HOTEL_BOOKING_VOCABULARY = {
  flows: { book: 'book_room', cancel: 'cancel_booking', change: 'change_booking', offerDeclined: 'offer_declined' },
  slots: {
    checkIn: 'check_in_date',
    checkOut: 'check_out_date',
    adults: 'adults',
    children: 'children',
    childrenAges: 'children_ages',
    pet: 'pet',
    roomType: 'room_type',
    roomChoices: 'room_choices',
    guestName: 'guest_name',
    guestPhone: 'guest_phone',
    guestEmails: ['guest_email', 'email'],
    useCallerPhone: 'use_caller_phone',
    bookingReference: 'booking_reference',
    bookingProof: 'booking_proof',
    changeTarget: 'change_target',
    extraNights: 'extra_nights',
    shiftDays: 'shift_days',
    foundCheckIn: 'found_check_in',
    foundCheckOut: 'found_check_out',
    foundAdults: 'found_adults',
    suggestedCheckIn: 'suggested_check_in',
    suggestedCheckOut: 'suggested_check_out',
  },
} as const;
