import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Rating from '@mui/material/Rating';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

const RATING_WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;

/** Asks why before cancelling: the reason goes on the timeline for everyone involved. */
export function CancelDialog({
  open,
  busy,
  onClose,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = reason.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!missing) onConfirm(reason.trim());
        }}
      >
        <DialogTitle id={titleId}>Cancel this request?</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Approvers and the service desk stop working on it. This cannot be undone.
          </DialogContentText>
          <TextField
            autoFocus
            label="Reason"
            required
            multiline
            minRows={2}
            fullWidth
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={touched && missing}
            helperText={touched && missing ? 'Say why you are cancelling it.' : undefined}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Keep it</Button>
          <Button type="submit" color="error" variant="contained" loading={busy}>
            Cancel request
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** Closing a fulfilled request asks for a rating (required) and feedback (optional). */
export function CloseDialog({
  open,
  busy,
  onClose,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: (rating: number, feedback: string, shareAsReview: boolean) => void;
}) {
  const titleId = useId();
  const ratingLabelId = useId();
  const [rating, setRating] = useState<number | null>(null);
  const [hover, setHover] = useState(-1);
  const [feedback, setFeedback] = useState('');
  // Sharing is the default once there is something to share; the person can opt out.
  const [share, setShare] = useState(true);
  const canShare = feedback.trim() !== '';
  const [touched, setTouched] = useState(false);
  const shown = hover !== -1 ? hover : (rating ?? 0);
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (rating !== null) onConfirm(rating, feedback, share && canShare);
        }}
      >
        <DialogTitle id={titleId}>Close and rate this request</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Tell the team how it went. Shared as a review, your rating and feedback help the next
            person who orders this item.
          </DialogContentText>
          <Box
            component="fieldset"
            aria-labelledby={ratingLabelId}
            sx={{ border: 0, p: 0, m: 0, mb: 2 }}
          >
            <Typography id={ratingLabelId} component="legend" gutterBottom>
              Your rating (required)
            </Typography>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Rating
                name="request-rating"
                value={rating}
                size="large"
                // Only whole stars are ratings the API takes.
                onChange={(_, value) => setRating(Number.isInteger(value) ? value : null)}
                onChangeActive={(_, value) => setHover(value)}
              />
              <Typography aria-hidden>{RATING_WORDS[shown] ?? ''}</Typography>
            </Box>
            {touched && rating === null ? (
              <FormHelperText error>Choose from 1 to 5 stars.</FormHelperText>
            ) : null}
          </Box>
          <TextField
            label="Feedback"
            multiline
            minRows={3}
            fullWidth
            value={feedback}
            onChange={(event) => setFeedback(event.target.value)}
            helperText="Optional: what went well, what could be better."
          />
          <FormControlLabel
            sx={{ mt: 1 }}
            control={
              <Checkbox
                checked={share && canShare}
                disabled={!canShare}
                onChange={(event) => setShare(event.target.checked)}
              />
            }
            label="Share as a review of the item"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Not now</Button>
          <Button type="submit" variant="contained" loading={busy}>
            Close request
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
